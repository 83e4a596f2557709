// Cron triggers for run_mode schedule, behind a small interface so the Runner does not
// depend on node-schedule directly. Expressions have 5 fields (minute resolution) or 6
// (a leading seconds field), as node-schedule and cron-parser understand them.
import { createRequire } from 'node:module';
import type NodeSchedule from 'node-schedule';
import { McError } from '../../proto/errors.ts';
import { cronProblem } from '../config/cron.ts';

// node-schedule (CommonJS, with cron-parser and luxon behind it) is required on the first
// schedule, not at start-up: a daemon without schedule workloads never loads it.
const require = createRequire(import.meta.url);
let nodeSchedule: typeof NodeSchedule | undefined;
function scheduler(): typeof NodeSchedule {
  nodeSchedule ??= require('node-schedule') as typeof NodeSchedule;
  return nodeSchedule;
}

export interface CronJob {
  /** Next fire time in ms since the epoch, if any. */
  next(): number | null;
  cancel(): void;
}

export interface CronScheduler {
  /** Calls `onFire` at every time the expression matches; throws McError on a bad expression. */
  schedule(expression: string, onFire: () => void): CronJob;
}

/** Throws MC_ERR_CONFIG unless `expression` is a 5- or 6-field cron expression (same rule as config validation). */
export function assertCron(expression: string): void {
  const problem = cronProblem(expression);
  if (problem !== null) throw new McError('MC_ERR_CONFIG', `schedule: ${problem}`);
}

export const nodeScheduleCron: CronScheduler = {
  schedule(expression, onFire) {
    assertCron(expression);
    const job = scheduler().scheduleJob(expression, onFire);
    if (!job) throw new McError('MC_ERR_CONFIG', `schedule ${JSON.stringify(expression)} never fires`);
    return {
      next: () => job.nextInvocation()?.getTime() ?? null,
      cancel: () => {
        job.cancel();
      },
    };
  },
};
