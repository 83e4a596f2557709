// The timers of one Runner: the pending restart (after a delay, backoff or cooldown), the
// "stable again" timer of the current run, and the cron job of a schedule workload. Kept
// together so that clearAll() really releases everything a stopped workload held.
import type { Clock, TimerHandle } from './clock.ts';
import type { CronJob, CronScheduler } from './cron-trigger.ts';

export class RunnerTimers {
  private restart: TimerHandle | undefined;
  /** Bumped whenever the restart is cleared: a fire already queued behind other work is void. */
  private epoch = 0;
  private stable: TimerHandle | undefined;
  private job: CronJob | undefined;

  constructor(private readonly clock: Clock) {}

  get restartPending(): boolean {
    return this.restart !== undefined;
  }

  get cron(): CronJob | undefined {
    return this.job;
  }

  /** Calls `fire` after `delayMs` with a check that says whether the restart is still wanted. */
  scheduleRestart(delayMs: number, fire: (stillWanted: () => boolean) => void): void {
    this.clearRestart();
    const epoch = this.epoch;
    this.restart = this.clock.setTimeout(() => {
      this.restart = undefined;
      fire(() => epoch === this.epoch);
    }, delayMs);
  }

  clearRestart(): void {
    this.epoch++;
    if (this.restart !== undefined) this.clock.clearTimeout(this.restart);
    this.restart = undefined;
  }

  armStable(delayMs: number, fn: () => void): void {
    this.clearStable();
    this.stable = this.clock.setTimeout(() => {
      this.stable = undefined;
      fn();
    }, delayMs);
  }

  clearStable(): void {
    if (this.stable !== undefined) this.clock.clearTimeout(this.stable);
    this.stable = undefined;
  }

  /** Arms the cron job (once); throws McError on a bad expression. */
  armCron(cron: CronScheduler, expression: string, onFire: (job: CronJob) => void): CronJob {
    if (this.job) return this.job;
    const job: CronJob = cron.schedule(expression, () => onFire(job));
    this.job = job;
    return job;
  }

  cancelCron(): void {
    this.job?.cancel();
    this.job = undefined;
  }

  clearAll(): void {
    this.clearRestart();
    this.clearStable();
    this.cancelCron();
  }
}
