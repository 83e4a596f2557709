import { describe, expect, it } from 'vitest';
import { cronProblem } from '../../device/config/cron.ts';
import { WorkloadSpecSchema } from '../../device/config/workload-schema.ts';

describe('schedule cron expressions', () => {
  it.each([
    '*/5 * * * *',
    '0 9-17 * * MON-FRI',
    '30 2 1 */2 *',
    '*/30 * * * * *', // six fields: seconds first
    '0 0 * * 7',
  ])('accepts %s', (expression) => {
    expect(cronProblem(expression)).toBeNull();
  });

  it.each([
    ['', /has 0 fields; expected 5 fields/],
    ['* * * *', /has 4 fields/],
    ['* * * * * * *', /has 7 fields/],
    [
      '61 * * * *',
      /invalid cron expression "61 \* \* \* \*": Constraint error, got value 61 expected range 0-59/,
    ],
    ['0 0 31 2 *', /Invalid explicit day of month definition/],
    ['*/0 * * * *', /cannot repeat at every 0 time/],
    ['bogus * * * *', /invalid cron expression/],
    ['@daily', /shorthands like "@daily" are not supported; use 5 fields/],
  ])('rejects %j', (expression, message) => {
    expect(cronProblem(expression)).toMatch(message);
  });

  it('is part of the workload schema, so the supervisor gets the same check', () => {
    const result = WorkloadSpecSchema.safeParse({
      name: 'w',
      type: 'agent',
      run_mode: 'schedule',
      schedule: '* * *',
      command: 'true',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['schedule'],
      message: expect.stringMatching(/has 3 fields/),
    });
  });
});
