import { describe, expect, it } from 'vitest';
import { foreverMode, nTimesMode, runModeFor, scheduleMode } from '../../device/supervisor/run-modes.ts';

const state = (run_count: number, stopped_by_operator = false) => ({ run_count, stopped_by_operator });

describe('run mode strategies', () => {
  it('forever: always restarts unless stopped by an operator, never complete', () => {
    expect(foreverMode.shouldRestart(state(1000))).toBe(true);
    expect(foreverMode.shouldRestart(state(1, true))).toBe(false);
    expect(foreverMode.isComplete(state(1000))).toBe(false);
  });

  it('n_times: restarts while run_count < max_runs, complete at max_runs', () => {
    const mode = nTimesMode(3);
    expect([0, 1, 2, 3].map((n) => mode.shouldRestart(state(n)))).toEqual([true, true, true, false]);
    expect([2, 3, 4].map((n) => mode.isComplete(state(n)))).toEqual([false, true, true]);
    expect(mode.shouldRestart(state(1, true))).toBe(false);
  });

  it('schedule: never restarts (the cron trigger starts runs), never complete, not started on activation', () => {
    expect(scheduleMode.shouldRestart(state(0))).toBe(false);
    expect(scheduleMode.isComplete(state(99))).toBe(false);
    expect(scheduleMode.runsOnActivation).toBe(false);
  });

  it('picks the strategy of a spec', () => {
    expect(runModeFor({ run_mode: 'forever' })).toBe(foreverMode);
    expect(runModeFor({ run_mode: 'n_times', max_runs: 2 }).isComplete(state(2))).toBe(true);
    expect(runModeFor({ run_mode: 'schedule' })).toBe(scheduleMode);
  });
});
