// Remembers recent successful password checks, so a fleet that reconnects at once (a broker
// restart, a network blip) costs one scrypt per device per TTL instead of one per attempt,
// and joins concurrent checks of the same credentials into one scrypt.
//
// Trade-off (docs/security.md): while an entry lives, a SHA-256 of the password sits in
// memory and a correct password is accepted without scrypt. Passwords are 256 random bits,
// so the digest is as unguessable as the password. Rotation and removal are not delayed by
// the cache: an entry only counts while the stored hash it was checked against is current.
import { timingSafeEqual } from 'node:crypto';

export interface VerifyCacheOptions {
  ttlMs: number;
  now: () => number;
}

interface Entry {
  digest: Buffer;
  /** The stored hash the password was verified against; a rotation changes it. */
  storedHash: string;
  expiresAt: number;
}

export class VerifyCache {
  readonly #ttlMs: number;
  readonly #now: () => number;
  /** One entry per device name: a device has one valid password at a time. */
  readonly #entries = new Map<string, Entry>();
  readonly #inFlight = new Map<string, Promise<boolean>>();

  constructor(opts: VerifyCacheOptions) {
    this.#ttlMs = opts.ttlMs;
    this.#now = opts.now;
  }

  /** true when this exact password was verified against this stored hash within the TTL. */
  hit(name: string, digest: Buffer, storedHash: string): boolean {
    const entry = this.#entries.get(name);
    if (!entry) return false;
    if (entry.expiresAt <= this.#now() || entry.storedHash !== storedHash) {
      this.#entries.delete(name);
      return false;
    }
    return timingSafe(entry.digest, digest);
  }

  /**
   * Runs `check` once for concurrent callers with the same key and caches a success. A
   * device whose CONNECT timed out while its scrypt waited in the thread pool finds the
   * result here when it retries.
   */
  verify(name: string, digest: Buffer, storedHash: string, check: () => Promise<boolean>): Promise<boolean> {
    const key = `${name}\0${digest.toString('hex')}\0${storedHash}`;
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const run = check()
      .then((ok) => {
        if (ok && this.#ttlMs > 0) {
          this.#entries.set(name, { digest, storedHash, expiresAt: this.#now() + this.#ttlMs });
        }
        return ok;
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, run);
    return run;
  }

  forget(name: string): void {
    this.#entries.delete(name);
  }

  get size(): number {
    return this.#entries.size;
  }
}

function timingSafe(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
