// Validation of `schedule` cron expressions. The scheduler runs them with node-schedule,
// which parses with cron-parser; cron-parser alone is too lenient for config checks (it
// fills in missing fields, so "* * * *" or "" would pass), hence the field count here.
import cronParser from 'cron-parser';

/** Shorthands both cron-parser and node-schedule understand. */
export const CRON_ALIASES = ['@yearly', '@monthly', '@weekly', '@daily', '@hourly'] as const;

const FIELDS_HELP = '5 fields "min hour day-of-month month day-of-week" or 6 with seconds first';

/** Returns why `expression` is not a usable schedule, or null when it is. */
export function cronProblem(expression: string): string | null {
  const trimmed = expression.trim();
  if (trimmed.startsWith('@')) {
    if ((CRON_ALIASES as readonly string[]).includes(trimmed)) return null;
    return `unknown cron shorthand "${trimmed}"; use one of ${CRON_ALIASES.join(', ')} or ${FIELDS_HELP}`;
  }
  const fields = trimmed === '' ? 0 : trimmed.split(/\s+/).length;
  if (fields !== 5 && fields !== 6) {
    return `cron expression "${expression}" has ${fields} field${fields === 1 ? '' : 's'}; expected ${FIELDS_HELP}`;
  }
  try {
    cronParser.parseExpression(trimmed);
    return null;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return `invalid cron expression "${expression}": ${reason}`;
  }
}
