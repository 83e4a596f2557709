// Reconnect delays of the live feed: exponential from `initialMs` to `maxMs`, with jitter so
// that many dashboards dropped by one controller restart do not all come back in step.
export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  /** 0.2 = ±20 %. */
  jitter: number;
  random?: () => number;
}

export const LIVE_BACKOFF: BackoffOptions = { initialMs: 500, maxMs: 10_000, jitter: 0.2 };

/** Delay before retry number `attempt` (0 = the first retry). */
export function backoffDelay(attempt: number, opts: BackoffOptions = LIVE_BACKOFF): number {
  const base = Math.min(opts.maxMs, opts.initialMs * 2 ** Math.min(attempt, 30));
  const spread = (((opts.random ?? Math.random)() * 2 - 1) * opts.jitter * base) | 0;
  return Math.max(0, base + spread);
}
