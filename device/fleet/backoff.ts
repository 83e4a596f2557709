// Reconnect delays of the fleet link: exponential with "equal jitter" (half fixed, half
// random), so a fleet that lost its broker at the same instant does not come back in one
// thundering herd, yet no device ever retries instantly in a tight loop.

export interface BackoffPolicy {
  /** Delay before the first retry after a drop. */
  initialMs: number;
  /** Upper bound of the delay, reached after a few failed attempts. */
  maxMs: number;
  /** Growth per failed attempt. */
  factor: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffPolicy> = Object.freeze({
  initialMs: 1000,
  maxMs: 60_000,
  factor: 2,
});

export class ReconnectBackoff {
  readonly #policy: BackoffPolicy;
  readonly #random: () => number;
  #attempt = 0;

  constructor(policy: Partial<BackoffPolicy> = {}, random: () => number = Math.random) {
    this.#policy = { ...DEFAULT_BACKOFF, ...policy };
    this.#random = random;
  }

  /** Failed attempts since the last successful connection. */
  get attempt(): number {
    return this.#attempt;
  }

  /** The delay before the next attempt, in [ceiling/2, ceiling]; each call counts one failure. */
  next(): number {
    const { initialMs, maxMs, factor } = this.#policy;
    const ceiling = Math.min(maxMs, initialMs * factor ** this.#attempt);
    this.#attempt += 1;
    return Math.max(1, Math.round(ceiling / 2 + (this.#random() * ceiling) / 2));
  }

  /** A connection succeeded: the next drop starts again from initialMs. */
  reset(): void {
    this.#attempt = 0;
  }
}
