// The operator token and what it allows. The token is asked for once and kept in
// localStorage; without one the dashboard still works read-only when the controller has
// `read_auth: open` (every mutation then needs the token, so buttons are disabled with a
// hint). Which mode applies is found out by asking the API, not guessed: a read with the
// token proves it (a wrong token is refused even on open reads), a read without one shows
// whether reads are open.
import { type ApiClient, ApiError, describeError } from './api.ts';

/** `checking` until the first answer; `locked` = reads need a token and there is none. */
export type AccessMode = 'checking' | 'operator' | 'read-only' | 'locked';

export interface TokenStorage {
  get(): string | null;
  set(token: string | null): void;
}

const KEY = 'mc.operator-token';

export function browserTokenStorage(): TokenStorage {
  return {
    get: () => {
      try {
        return localStorage.getItem(KEY);
      } catch {
        return null; // storage disabled (private mode): the token lives for this page only
      }
    },
    set: (token) => {
      try {
        if (token === null) localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, token);
      } catch {
        // as above: not persisted, still used
      }
    },
  };
}

export class Auth {
  token = $state<string | null>(null);
  mode = $state<AccessMode>('checking');
  /** Why the last check failed (wrong token, controller unreachable), for the token form. */
  problem = $state('');
  readonly canWrite = $derived(this.mode === 'operator');
  readonly #storage: TokenStorage;

  constructor(storage: TokenStorage) {
    this.#storage = storage;
    this.token = storage.get();
  }

  /** Finds the access mode for the stored token (or none). */
  async check(api: ApiClient): Promise<void> {
    if (this.token !== null) {
      const outcome = await this.#tryToken(api, this.token);
      if (outcome === 'accepted') return;
      if (outcome === 'unreachable') {
        // Keep trusting a stored token while the controller cannot say otherwise; requests
        // report their own errors meanwhile.
        this.mode = 'operator';
        return;
      }
    }
    try {
      await api.registered({ token: null });
      this.mode = 'read-only';
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) this.mode = 'locked';
      else {
        // Cannot tell; read-only lets the live feed's own reconnect loop take over.
        this.problem = describeError(err);
        this.mode = 'read-only';
      }
    }
  }

  /** Checks a token typed by the operator; keeps it only when the controller accepts it. */
  async signIn(api: ApiClient, token: string): Promise<boolean> {
    const trimmed = token.trim();
    if (!trimmed) {
      this.problem = 'enter the operator token';
      return false;
    }
    return (await this.#tryToken(api, trimmed)) === 'accepted';
  }

  signOut(api: ApiClient): Promise<void> {
    this.token = null;
    this.#storage.set(null);
    this.problem = '';
    this.mode = 'checking';
    return this.check(api);
  }

  async #tryToken(api: ApiClient, token: string): Promise<'accepted' | 'refused' | 'unreachable'> {
    try {
      await api.registered({ token });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        this.problem = 'the controller refused this token';
        if (this.token === token) {
          this.token = null;
          this.#storage.set(null);
        }
        return 'refused';
      }
      this.problem = `could not check the token: ${describeError(err)}`;
      return 'unreachable';
    }
    this.token = token;
    this.#storage.set(token);
    this.problem = '';
    this.mode = 'operator';
    return 'accepted';
  }
}
