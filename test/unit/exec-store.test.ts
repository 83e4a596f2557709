// The device's task run records (real LMDB in a temp dir) and the reads of a run log: the
// store stays bounded without ever dropping a running run, and tails cut cleanly.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { logSnapshot, outputTail, TaskFiles } from '../../device/tasks/task-files.ts';
import type { TaskRunRecord } from '../../device/tasks/task-record.ts';
import { newTaskRunId, TaskStore } from '../../device/tasks/task-store.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function record(startedMs: number, state: TaskRunRecord['state']): TaskRunRecord {
  return {
    run_id: newTaskRunId(startedMs, () => 'abcdef'),
    task_id: '',
    attempt: 0,
    state,
    runtime: 'process',
    command: 'true',
    pid: null,
    pgid: null,
    start_time: null,
    boot_id: null,
    container: null,
    started_ms: startedMs,
    ended_ms: state === 'running' ? null : startedMs + 1,
    timeout_ms: null,
    memory_limit_mb: 0,
    exit_code: null,
    signal: null,
    reason: null,
    message: '',
    output_tail: '',
    script_path: null,
  };
}

describe('task store', () => {
  it('keeps the newest runs, removes older finished ones with their logs, never a running one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mc-task-store-'));
    const files = new TaskFiles(dir);
    files.create();
    const store = new TaskStore({
      dir: files.root,
      keep: 3,
      logger: pino({ level: 'silent' }),
      filesOf: (id) => files.all(id),
    });
    store.open();
    const runs = [
      record(1000, 'running'),
      record(2000, 'succeeded'),
      record(3000, 'failed'),
      record(4000, 'succeeded'),
      record(5000, 'stopped'),
    ];
    for (const r of runs) {
      await store.put(r);
      writeFileSync(files.log(r.run_id), 'out\n');
    }
    await store.trim();
    expect(store.list(10).map((r) => r.started_ms)).toEqual([5000, 4000, 1000]);
    expect(store.running().map((r) => r.started_ms)).toEqual([1000]);
    expect(existsSync(files.log(runs[1]?.run_id ?? ''))).toBe(false);
    expect(existsSync(files.log(runs[3]?.run_id ?? ''))).toBe(true);
    await store.close();
    // Reopened, it reads back what it wrote.
    store.open();
    expect(store.get(runs[4]?.run_id ?? '')?.state).toBe('stopped');
    await store.close();
  });
});

describe('run log reads', () => {
  it('takes the output tail at a character boundary, the rotated file first', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mc-task-log-'));
    const log = join(dir, 'r.log');
    writeFileSync(`${log}.1`, 'older\n');
    writeFileSync(log, 'é1\né2\n');
    expect(await outputTail(log, 100)).toBe('older\né1\né2\n');
    expect(await outputTail(log, 4)).toBe('é2\n');
    // 3 bytes from the end cut 'é' in half: the stray continuation byte is dropped.
    expect(await outputTail(log, 3)).toBe('2\n');
  });

  it('snapshots complete lines and where a follow must start', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mc-task-log-'));
    const log = join(dir, 'r.log');
    writeFileSync(log, 'a\nb\nc\npartial');
    expect(await logSnapshot(log, 2)).toEqual({ lines: ['b', 'c'], position: 6 });
    expect(await logSnapshot(join(dir, 'missing.log'), 5)).toEqual({ lines: [], position: 0 });
  });
});
