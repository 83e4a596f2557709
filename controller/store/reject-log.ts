// Counts refused telemetry and logs it without letting a misbehaving publisher flood the
// log: the first refusal is logged at once, later ones at most once per interval, each line
// saying how many were refused meanwhile.
import type { Logger } from 'pino';

export const REJECT_LOG_INTERVAL_MS = 10_000;

export class RejectLog {
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #intervalMs: number;
  #count = 0;
  #suppressed = 0;
  #lastLogMs = Number.NEGATIVE_INFINITY;

  constructor(logger: Logger, now: () => number, intervalMs = REJECT_LOG_INTERVAL_MS) {
    this.#logger = logger;
    this.#now = now;
    this.#intervalMs = intervalMs;
  }

  get count(): number {
    return this.#count;
  }

  reject(topic: string, reason: string, err?: unknown): void {
    this.#count++;
    const now = this.#now();
    if (now - this.#lastLogMs < this.#intervalMs) {
      this.#suppressed++;
      return;
    }
    this.#lastLogMs = now;
    this.#logger.warn(
      { topic: topic.slice(0, 200), reason, suppressed: this.#suppressed, ...(err ? { err } : {}) },
      'telemetry message refused',
    );
    this.#suppressed = 0;
  }
}
