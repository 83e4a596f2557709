import { describe, expect, it } from 'vitest';
import {
  addAttempt,
  applyFinish,
  attemptStateOf,
  loseAttempt,
  lostReason,
  markStarted,
  requestCancel,
  newTask as submitted,
  tail,
} from '../../controller/tasks/transitions.ts';
import type { FinishReport, Task } from '../../controller/tasks/types.ts';
import { taskSpec } from '../helpers/task-fixtures.ts';

const SPEC = taskSpec({ retries: 1 });

/** A task as the queue submits it (transitions.ts newTask), with `over` applied. */
function newTask(over: Partial<Task> = {}): Task {
  return { ...submitted(SPEC, { id: 't1', seq: 1, actor: 'test', now: 0 }), ...over };
}

const report = (attempt: number, device: string, over: Partial<FinishReport> = {}): FinishReport => ({
  task_id: 't1',
  attempt,
  device,
  run_id: `run-${attempt}`,
  state: 'succeeded',
  exit_code: 0,
  signal: '',
  started_ms: 100,
  ended_ms: 150,
  duration_ms: 50,
  output_tail: 'ok\n',
  ...over,
});

describe('task transitions', () => {
  it('runs an attempt to success and keeps its result', () => {
    const t = newTask();
    const a = addAttempt(t, 'a', 10);
    expect(t.state).toBe('dispatching');
    expect(markStarted(t, a, 'run-1', 20)).toBe(true);
    expect(t.state).toBe('running');
    expect(t.started_ms).toBe(20);
    expect(applyFinish(t, report(1, 'a'), 30, 1024)).toEqual({ kind: 'finished', state: 'succeeded' });
    expect(t.result).toMatchObject({
      attempt: 1,
      device: 'a',
      exit_code: 0,
      duration_ms: 50,
      output_tail: 'ok\n',
    });
    // The same end reported again (event and exec_status) changes nothing.
    expect(applyFinish(t, report(1, 'a'), 40, 1024)).toEqual({ kind: 'ignored' });
    expect(t.duplicates).toEqual([]);
  });

  it('fails on a non-zero exit without retrying unless retry_failed', () => {
    const t = newTask();
    addAttempt(t, 'a', 0);
    expect(applyFinish(t, report(1, 'a', { state: 'failed', exit_code: 3 }), 5, 1024)).toMatchObject({
      kind: 'finished',
      state: 'failed',
    });
    expect(t.error).toContain('exit code 3');

    const oom = newTask();
    addAttempt(oom, 'a', 0);
    applyFinish(
      oom,
      report(1, 'a', { state: 'failed', exit_code: null, signal: 'SIGKILL', reason: 'memory_limit' }),
      5,
      1024,
    );
    expect(oom.attempts[0]?.reason).toBe('memory_limit');
    expect(oom.error).toBe('attempt 1 on a ended with signal SIGKILL: memory_limit');

    const r = newTask({ retry_failed: true });
    addAttempt(r, 'a', 0);
    expect(applyFinish(r, report(1, 'a', { state: 'timeout', exit_code: null }), 5, 1024).kind).toBe(
      'requeued',
    );
    expect(r.state).toBe('queued');
    addAttempt(r, 'b', 6);
    expect(applyFinish(r, report(2, 'b', { state: 'timeout', exit_code: null }), 9, 1024)).toMatchObject({
      state: 'timeout',
    });
  });

  it('requeues a lost attempt while retries last, then gives the task up as lost', () => {
    const t = newTask({ retries: 1 });
    const first = addAttempt(t, 'a', 0);
    expect(loseAttempt(t, first, { state: 'lost', reason: 'device a went offline' }, 5).kind).toBe(
      'requeued',
    );
    expect(t.state).toBe('queued');
    const second = addAttempt(t, 'b', 6);
    expect(loseAttempt(t, second, { state: 'lost', reason: 'device b went offline' }, 7)).toMatchObject({
      kind: 'finished',
      state: 'lost',
    });
    expect(t.error).toContain('no retries left');
  });

  it('fails at once on a refusal that another device would repeat', () => {
    const t = newTask({ retries: 5 });
    const a = addAttempt(t, 'a', 0);
    expect(loseAttempt(t, a, { state: 'refused', reason: 'bad cwd', fatal: true }, 1)).toMatchObject({
      state: 'failed',
    });
  });

  it('keeps the first success and records a late report of a re-run attempt as a duplicate', () => {
    const t = newTask();
    const first = addAttempt(t, 'a', 0);
    markStarted(t, first, 'run-1', 1);
    loseAttempt(t, first, { state: 'lost', reason: 'device a went offline' }, 2);
    const second = addAttempt(t, 'b', 3);
    markStarted(t, second, 'run-2', 4);
    expect(applyFinish(t, report(2, 'b'), 5, 1024).kind).toBe('finished');
    // Device a comes back and reports the attempt given up as lost.
    expect(applyFinish(t, report(1, 'a'), 6, 1024)).toEqual({ kind: 'duplicate' });
    expect(t.result?.device).toBe('b');
    expect(t.duplicates).toEqual([
      { attempt: 1, device: 'a', run_id: 'run-1', state: 'succeeded', exit_code: 0, received_ms: 6 },
    ]);
    expect(t.attempts[0]?.state).toBe('succeeded');
  });

  it('takes a late success of a lost attempt as the result and stops the re-run', () => {
    const t = newTask();
    const first = addAttempt(t, 'a', 0);
    loseAttempt(t, first, { state: 'lost', reason: 'gone' }, 2);
    const second = addAttempt(t, 'b', 3);
    markStarted(t, second, 'run-2', 4);
    const verdict = applyFinish(t, report(1, 'a'), 5, 1024);
    expect(verdict).toMatchObject({ kind: 'finished', state: 'succeeded', stop: { n: 2, device: 'b' } });
    expect(t.result?.attempt).toBe(1);
    // The stopped re-run's report is then a duplicate.
    expect(applyFinish(t, report(2, 'b', { state: 'stopped', exit_code: null }), 6, 1024).kind).toBe(
      'duplicate',
    );
  });

  it('turns a task given up as lost into a success when its device reports one later', () => {
    const t = newTask({ retries: 0 });
    const a = addAttempt(t, 'a', 0);
    loseAttempt(t, a, { state: 'lost', reason: 'gone' }, 1);
    expect(t.state).toBe('lost');
    expect(applyFinish(t, report(1, 'a'), 2, 1024)).toMatchObject({ kind: 'finished', state: 'succeeded' });
  });

  it('ignores a report from another device than the attempt ran on', () => {
    const t = newTask();
    addAttempt(t, 'a', 0);
    expect(applyFinish(t, report(1, 'b'), 1, 1024)).toEqual({ kind: 'ignored' });
  });

  it('cancels a queued task at once and a running one when its run ends', () => {
    const q = newTask();
    expect(requestCancel(q, 1)).toBe('cancelled');
    expect(q.state).toBe('cancelled');
    expect(requestCancel(q, 2)).toBe('final');

    const r = newTask();
    addAttempt(r, 'a', 0);
    expect(requestCancel(r, 1)).toBe('stopping');
    expect(
      applyFinish(r, report(1, 'a', { state: 'stopped', exit_code: null, signal: 'SIGTERM' }), 2, 1024),
    ).toMatchObject({
      state: 'cancelled',
    });

    const lost = newTask({ retries: 3 });
    const la = addAttempt(lost, 'a', 0);
    requestCancel(lost, 1);
    expect(loseAttempt(lost, la, { state: 'lost', reason: 'gone' }, 2)).toMatchObject({ state: 'cancelled' });
  });

  it('keeps the last bytes of the output on a character boundary', () => {
    expect(tail('abcdef', 3)).toBe('def');
    expect(tail('aé', 1)).toBe('');
    expect(tail('xéy', 3)).toBe('éy');
  });

  it('reads the device words for how a run ended', () => {
    expect(attemptStateOf('succeeded', 0)).toBe('succeeded');
    expect(attemptStateOf('', 0)).toBe('succeeded');
    expect(attemptStateOf('', 1)).toBe('failed');
    expect(attemptStateOf('memory_limit', null)).toBe('failed');
  });

  it('gives up attempts on an offline device at once and on a stale one after the deadline', () => {
    const o = { known: true, now: 100_000, lostAfterMs: 30_000 };
    expect(lostReason({ health: 'online', health_since_ms: 0 }, 'a', o)).toBeNull();
    expect(lostReason({ health: 'offline', health_since_ms: 99_999 }, 'a', o)).toContain('offline');
    expect(lostReason({ health: 'stale', health_since_ms: 80_000 }, 'a', o)).toBeNull();
    expect(lostReason({ health: 'stale', health_since_ms: 70_000 }, 'a', o)).toBe('device a stale for 30 s');
    // Not heard from yet (registered, store rebuilt): wait; unknown everywhere: removed.
    expect(lostReason(undefined, 'a', o)).toBeNull();
    expect(lostReason(undefined, 'a', { ...o, known: false })).toContain('removed');
  });
});
