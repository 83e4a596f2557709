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
/** A user name can be 65,535 bytes long; keys and log lines keep this much of it. */
const MAX_NAME_CHARS = 128;

export function createRefusalLog(logger: Logger | undefined, now: () => number = Date.now) {
  const seen = new Map<string, { loggedAt: number; suppressed: number }>();
  return (refusal: Refusal): void => {
    if (!logger) return;
    const username = refusal.username?.slice(0, MAX_NAME_CHARS);
    const key = `${refusal.reason}\0${username ?? ''}`;
    const t = now();
    const entry = seen.get(key);
    if (entry && t - entry.loggedAt < WINDOW_MS) {
      entry.suppressed += 1;
      return;
    }
    if (seen.size >= MAX_KEYS) seen.clear();
    seen.set(key, { loggedAt: t, suppressed: 0 });
    const fields = { ...refusal, ...(username === undefined ? {} : { username }) };
    logger.warn({ ...fields, suppressed: entry?.suppressed ?? 0 }, 'connection refused');
  };
}
