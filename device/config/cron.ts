// Validation of `schedule` cron expressions. The scheduler runs them with node-schedule,
// which parses with cron-parser; cron-parser alone is too lenient for config checks (it
// fills in missing fields, so "* * * *" or "" would pass), hence the field count here.
// Shorthands such as @daily are refused: the supervisor's trigger accepts 5 or 6 fields only.
import { createRequire } from 'node:module';
import type CronParser from 'cron-parser';

// cron-parser (CommonJS, with luxon behind it: ~0.5 MB of source) is required on the first
// expression checked, so a daemon whose workloads have no schedule never loads it.
const require = createRequire(import.meta.url);
let cronParser: typeof CronParser | undefined;

const FIELDS_HELP = '5 fields "min hour day-of-month month day-of-week" or 6 with seconds first';

/** Returns why `expression` is not a usable schedule, or null when it is. */
export function cronProblem(expression: string): string | null {
  const trimmed = expression.trim();
  if (trimmed.startsWith('@'))
    return `cron shorthands like "${trimmed}" are not supported; use ${FIELDS_HELP}`;
  const fields = trimmed === '' ? 0 : trimmed.split(/\s+/).length;
  if (fields !== 5 && fields !== 6) {
    return `cron expression "${expression}" has ${fields} field${fields === 1 ? '' : 's'}; expected ${FIELDS_HELP}`;
  }
  try {
    cronParser ??= require('cron-parser') as typeof CronParser;
    cronParser.parseExpression(trimmed);
    return null;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return `invalid cron expression "${expression}": ${reason}`;
  }
}
