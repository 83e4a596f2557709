// Run modes as strategy objects (the seed's table): after a run ends, should the workload
// run again, and has it fulfilled its purpose? The Runner asks these questions and applies
// the restart policy for the "when"; schedule mode starts runs from its cron trigger.
import type { WorkloadSpec } from '../config/workload-schema.ts';

export type RunMode = WorkloadSpec['run_mode'];

/** What a strategy needs to know about a workload. */
export interface RunModeState {
  run_count: number;
  stopped_by_operator: boolean;
}

export interface RunModeStrategy {
  readonly mode: RunMode;
  /** A run ended: start another one (after the restart policy's delay)? */
  shouldRestart(state: RunModeState): boolean;
  /** Has the workload done everything it will do (no further run will start by itself)? */
  isComplete(state: RunModeState): boolean;
  /** Activation starts a run at once (forever, n_times) or arms a cron trigger (schedule). */
  readonly runsOnActivation: boolean;
}

/** Always restarted, whatever the exit code, unless an operator stopped it. */
export const foreverMode: RunModeStrategy = {
  mode: 'forever',
  shouldRestart: (state) => !state.stopped_by_operator,
  isComplete: () => false,
  runsOnActivation: true,
};

/** Exactly max_runs runs (failed ones count), then complete; run_count persists in LMDB. */
export function nTimesMode(maxRuns: number): RunModeStrategy {
  return {
    mode: 'n_times',
    shouldRestart: (state) => !state.stopped_by_operator && state.run_count < maxRuns,
    isComplete: (state) => state.run_count >= maxRuns,
    runsOnActivation: true,
  };
}

/** Never restarted by the supervisor: the next run comes from the cron trigger. */
export const scheduleMode: RunModeStrategy = {
  mode: 'schedule',
  shouldRestart: () => false,
  isComplete: () => false,
  runsOnActivation: false,
};

export function runModeFor(spec: Pick<WorkloadSpec, 'run_mode' | 'max_runs'>): RunModeStrategy {
  switch (spec.run_mode) {
    case 'forever':
      return foreverMode;
    case 'n_times':
      // The schema requires max_runs for n_times; 1 keeps a hand-built spec safe.
      return nTimesMode(spec.max_runs ?? 1);
    case 'schedule':
      return scheduleMode;
  }
}
