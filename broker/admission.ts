// Admission of new connections: the token bucket, the rejection counter, and a log line
// at most once a second (a flood must not turn into a flood of log lines).
import type { Logger } from 'pino';
import type { BrokerCounters } from './auth-hooks.ts';
import { createTokenBucket } from './token-bucket.ts';

/** Returns the check each listener runs on a new socket: false means destroy it now. */
export function createAdmission(
  ratePerSecond: number,
  counters: BrokerCounters,
  logger: Logger,
  now: () => number = Date.now,
): () => boolean {
  const bucket = createTokenBucket(ratePerSecond, 2 * ratePerSecond);
  let lastLog = Number.NEGATIVE_INFINITY;
  let sinceLog = 0;
  return () => {
    if (bucket.take()) return true;
    counters.rejectedConnections += 1;
    sinceLog += 1;
    const t = now();
    if (t - lastLog >= 1000) {
      logger.warn({ rejected: sinceLog, limit: ratePerSecond }, 'connection rate limit exceeded');
      lastLog = t;
      sinceLog = 0;
    }
    return false;
  };
}
