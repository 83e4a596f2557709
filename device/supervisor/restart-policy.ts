// Restart policy: how long to wait before the next run, and when to stop hammering a
// workload that keeps crashing. Pure apart from the injected clock, so it is unit-tested
// with a fake one.
//
//   delay = restart_delay × factor^(consecutive failures − 1), capped at max_delay
//   a run that lasted reset_after clears the failure streak (and the crash-loop window)
//   max_failures failures within `window` → crash loop: rest for `cooldown`, then start again
//
// Unlike supervisord's FATAL, a crash loop is never terminal: the workload always comes
// back after the cooldown, because on an unattended device nobody may be there to restart it.
import type { WorkloadSpec } from '../config/workload-schema.ts';
import type { Clock } from './clock.ts';

export interface RestartPolicyConfig {
  restartDelayMs: number;
  factor: number;
  maxDelayMs: number;
  resetAfterMs: number;
  maxFailures: number;
  windowMs: number;
  cooldownMs: number;
}

export function restartPolicyConfig(
  spec: Pick<WorkloadSpec, 'restart_delay' | 'restart_backoff' | 'crash_loop'>,
): RestartPolicyConfig {
  return {
    restartDelayMs: spec.restart_delay * 1000,
    factor: spec.restart_backoff.factor,
    maxDelayMs: spec.restart_backoff.max_delay * 1000,
    resetAfterMs: spec.restart_backoff.reset_after * 1000,
    maxFailures: spec.crash_loop.max_failures,
    windowMs: spec.crash_loop.window * 1000,
    cooldownMs: spec.crash_loop.cooldown * 1000,
  };
}

/** The part of a workload's state the policy reads and updates (persisted with it). */
export interface FailureState {
  consecutive_failures: number;
  /** End times (ms) of recent failures, within the crash-loop window. */
  failure_times: number[];
}

export interface RunOutcome {
  startedMs: number;
  failed: boolean;
}

export interface RestartDecision {
  state: FailureState;
  /** Wait this long before the next run. */
  delayMs: number;
  /** The failure completed a crash loop: delayMs is the cooldown. */
  crashLoop: boolean;
}

export class RestartPolicy {
  constructor(
    readonly config: RestartPolicyConfig,
    private readonly clock: Clock,
  ) {}

  /** Backoff delay after `consecutiveFailures` failures in a row (0 = a clean exit). */
  delayFor(consecutiveFailures: number): number {
    const { restartDelayMs, factor, maxDelayMs } = this.config;
    // max_delay caps the growth, it never shortens the configured base delay.
    const cap = Math.max(maxDelayMs, restartDelayMs);
    return Math.min(restartDelayMs * factor ** Math.max(0, consecutiveFailures - 1), cap);
  }

  /** True when a run started at `startedMs` has been up long enough to count as stable. */
  isStable(startedMs: number): boolean {
    return this.clock.now() - startedMs >= this.config.resetAfterMs;
  }

  /** Accounts a finished run and decides when the next one may start. */
  afterRun(state: FailureState, outcome: RunOutcome): RestartDecision {
    const now = this.clock.now();
    const stable = this.isStable(outcome.startedMs);
    let consecutive = stable ? 0 : state.consecutive_failures;
    let times = stable ? [] : state.failure_times.filter((t) => now - t < this.config.windowMs);
    if (!outcome.failed) {
      // A clean exit ends the failure streak; recent failures still count toward a crash loop.
      return {
        state: { consecutive_failures: 0, failure_times: times },
        delayMs: this.delayFor(0),
        crashLoop: false,
      };
    }
    consecutive += 1;
    times = [...times, now];
    if (times.length >= this.config.maxFailures) {
      // The window starts over after the cooldown; the streak is kept, so failures right
      // after recovery wait the long (capped) delay instead of another burst of fast restarts.
      return {
        state: { consecutive_failures: consecutive, failure_times: [] },
        delayMs: this.config.cooldownMs,
        crashLoop: true,
      };
    }
    return {
      state: { consecutive_failures: consecutive, failure_times: times },
      delayMs: this.delayFor(consecutive),
      crashLoop: false,
    };
  }
}
