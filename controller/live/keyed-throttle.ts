// At most one value per key per interval, latest wins: the first value of a quiet key goes
// out at once, later ones within the interval are held and the newest is sent when it ends.
// The live hub passes deployment records through it: a deployment saves on every device step,
// and its record grows with its devices (~350 KiB at 1,000, ~3.5 MiB at 10,000), so sending
// each save to every socket would cost far more than a dashboard needs to show progress.
export interface ThrottleTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const REAL_TIMERS: ThrottleTimers = {
  now: Date.now,
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

interface KeyState<T> {
  lastSentMs: number;
  pending: T | undefined;
  timer: unknown;
}

export class KeyedThrottle<T> {
  readonly #send: (value: T) => void;
  readonly #timers: ThrottleTimers;
  readonly #keys = new Map<string, KeyState<T>>();

  constructor(send: (value: T) => void, timers: ThrottleTimers = REAL_TIMERS) {
    this.#send = send;
    this.#timers = timers;
  }

  push(key: string, value: T, intervalMs: number): void {
    const now = this.#timers.now();
    const state = this.#keys.get(key);
    if (!state || (state.timer === undefined && now - state.lastSentMs >= intervalMs)) {
      this.#keys.set(key, { lastSentMs: now, pending: undefined, timer: undefined });
      this.#send(value);
      return;
    }
    state.pending = value;
    if (state.timer !== undefined) return;
    const wait = Math.max(0, state.lastSentMs + intervalMs - now);
    state.timer = this.#timers.setTimeout(() => this.#flush(key), wait);
  }

  /** Drops whatever is held and every timer. */
  clear(): void {
    for (const state of this.#keys.values()) {
      if (state.timer !== undefined) this.#timers.clearTimeout(state.timer);
    }
    this.#keys.clear();
  }

  #flush(key: string): void {
    const state = this.#keys.get(key);
    if (!state) return;
    state.timer = undefined;
    const value = state.pending;
    state.pending = undefined;
    if (value === undefined) return;
    state.lastSentMs = this.#timers.now();
    this.#send(value);
  }
}
