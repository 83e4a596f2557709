// Creates the process-wide pino logger. Only entry points call this; components receive a
// logger (or a child of it) through their dependencies.
import { type Logger, pino } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** JSON lines on stderr, so stdout stays free for command output (tables, --json). */
export function createLogger(level: string = process.env.MC_LOG_LEVEL ?? 'info', name = 'mctl'): Logger {
  return pino({ name, level, base: { pid: process.pid } }, pino.destination({ fd: 2, sync: true }));
}
