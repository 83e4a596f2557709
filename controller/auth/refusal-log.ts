// Logs why a CONNECT was refused (the client only ever sees CONNACK 5), at most once a
// minute per user name and reason: a misconfigured device retrying every second, or a
// whole fleet after a registry mistake, must not flood the log. Suppressed repeats are
// counted and reported with the next line.
import type { Logger } from 'pino';

export interface Refusal {
  reason: string;
  clientId: string;
  username?: string;
  transport: string;
  remoteAddress?: string;
}

const WINDOW_MS = 60_000;
/** Bounds memory under a flood of made-up user names; past it the window starts afresh. */
const MAX_KEYS = 10_000;

export function createRefusalLog(logger: Logger | undefined, now: () => number = Date.now) {
  const seen = new Map<string, { loggedAt: number; suppressed: number }>();
  return (refusal: Refusal): void => {
    if (!logger) return;
    const key = `${refusal.reason}\0${refusal.username ?? ''}`;
    const t = now();
    const entry = seen.get(key);
    if (entry && t - entry.loggedAt < WINDOW_MS) {
      entry.suppressed += 1;
      return;
    }
    if (seen.size >= MAX_KEYS) seen.clear();
    seen.set(key, { loggedAt: t, suppressed: 0 });
    logger.warn({ ...refusal, suppressed: entry?.suppressed ?? 0 }, 'connection refused');
  };
}
