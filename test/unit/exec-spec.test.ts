// What a Command.exec may ask for, and what a finished task run means: its state, its
// TASK_FINISHED event, and the exit code `mctl exec` returns.
import { describe, expect, it } from 'vitest';
import { execRequest } from '../../cli/commands/exec.ts';
import { commandSummary, execSpecOf, MAX_SCRIPT_BYTES } from '../../device/tasks/exec-spec.ts';
import {
  cliExitCode,
  execStatusOf,
  stateOf,
  type TaskRunRecord,
  taskFinishedEvent,
} from '../../device/tasks/task-record.ts';
import { newTaskRunId } from '../../device/tasks/task-store.ts';
import { eventTypeName } from '../../proto/names.ts';

describe('exec requests', () => {
  it('accepts an argv or a script (run by its interpreter, /bin/sh by default)', () => {
    expect(execSpecOf({ argv: ['ls', '-l'] })).toMatchObject({
      argv: ['ls', '-l'],
      script: null,
      container: null,
    });
    expect(execSpecOf({ script: 'echo hi' })).toMatchObject({ argv: ['/bin/sh'], script: 'echo hi' });
    expect(execSpecOf({ script: 'print(1)', interpreter: 'python3' }).argv).toEqual(['python3']);
    expect(execSpecOf({ argv: ['x'], image: 'alpine:3', cpu_limit: 0.5 }).container).toMatchObject({
      image: 'alpine:3',
      cpu_limit: 0.5,
    });
  });

  it.each([
    [{}, /argv is empty/],
    [{ argv: [''] }, /argv\[0\] is empty/],
    [{ argv: ['a'], script: 'b' }, /mutually exclusive/],
    [{ argv: ['a'], interpreter: 'python3' }, /interpreter is only used with script/],
    [{ argv: ['a\0b'] }, /argv\[0\] contains a NUL byte/],
    [{ argv: ['a'], cpu_nice: 25 }, /cpu_nice 25/],
    [{ argv: ['a'], timeout_s: 8 * 24 * 3600 }, /exceeds .* \(a week\)/],
    [{ argv: ['a'], env: { '1X': 'y' } }, /env name "1X"/],
    [{ argv: ['a'], cwd: 'tmp' }, /cwd must be an absolute path/],
    [{ argv: ['a'], image: 'x', rootfs: '/r' }, /image and rootfs are mutually exclusive/],
    [{ argv: ['a'], image: 'bad image' }, /not an image reference/],
    [{ argv: ['a'], rootfs: 'rel' }, /rootfs must be an absolute path/],
    [{ argv: ['a'], cpu_limit: 1 }, /cpu_limit is only used with image or rootfs/],
    [
      { argv: ['a'], rootfs: '/r', mounts: [{ source: 'rel', target: '/x' }] },
      /mounts\[0\].source must be an absolute/,
    ],
  ])('rejects %j with a message naming the field', (input, message) => {
    expect(() => execSpecOf(input)).toThrow(message);
  });

  it('limits the script size with MC_ERR_LIMIT', () => {
    expect(() => execSpecOf({ script: 'x'.repeat(MAX_SCRIPT_BYTES) })).not.toThrow();
    try {
      execSpecOf({ script: 'x'.repeat(MAX_SCRIPT_BYTES + 1) });
      expect.unreachable();
    } catch (err) {
      expect((err as { code: string }).code).toBe('MC_ERR_LIMIT');
    }
  });

  it('summarises what ran for people, bounded', () => {
    expect(commandSummary({ argv: ['sh', '-c', 'echo hi'], script: null })).toBe('sh -c "echo hi"');
    expect(commandSummary({ argv: ['/bin/sh'], script: 'echo hi\n' })).toBe('/bin/sh script (8 bytes)');
    expect(commandSummary({ argv: ['x'.repeat(300)], script: null })).toHaveLength(200);
  });

  it('builds the request of `mctl exec` from its options (--timeout is the run time limit)', () => {
    const opts = {
      env: ['A=1', 'B=x=y'],
      mount: ['/d:/in:ro'],
      detach: false,
      lines: 50,
      follow: false,
      limit: 50,
    };
    expect(execRequest(['uname', '-a'], { ...opts, memory: 64 }, 30)).toEqual({
      argv: ['uname', '-a'],
      timeout_s: 30,
      memory_limit_mb: 64,
      env: { A: '1', B: 'x=y' },
      mounts: [{ source: '/d', target: '/in', read_only: true }],
    });
    expect(() => execRequest([], opts, undefined)).toThrow(/nothing to run/);
    expect(() => execRequest(['x'], { ...opts, env: ['NOVALUE'] }, undefined)).toThrow(/expected NAME=value/);
    expect(() => execRequest(['x'], { ...opts, mount: ['/a'] }, undefined)).toThrow(/SOURCE:TARGET/);
  });
});

describe('task run results', () => {
  const record: TaskRunRecord = {
    run_id: 't0000000001abcdef',
    task_id: 'job-7',
    attempt: 2,
    state: 'failed',
    runtime: 'process',
    command: 'make test',
    pid: 42,
    pgid: 42,
    start_time: 1,
    boot_id: 'b',
    container: null,
    started_ms: 1000,
    ended_ms: 3500,
    timeout_ms: null,
    memory_limit_mb: 0,
    exit_code: 2,
    signal: null,
    reason: 'exit',
    message: 'exited with code 2 after 2.5s',
    output_tail: 'FAIL\n',
    script_path: null,
  };

  it('classifies how a run ended', () => {
    const end = (reason: string, exitCode: number | null, signal: string | null = null) =>
      stateOf({ reason: reason as never, exitCode, signal });
    expect(end('exit', 0)).toBe('succeeded');
    expect(end('exit', 1)).toBe('failed');
    expect(end('signal', null, 'SIGKILL')).toBe('failed');
    expect(end('timeout', null, 'SIGTERM')).toBe('timeout');
    expect(end('stopped', null, 'SIGTERM')).toBe('stopped');
    expect(end('memory_limit', null, 'SIGTERM')).toBe('failed');
    expect(end('spawn_error', null)).toBe('failed');
  });

  it('puts the whole result in TASK_FINISHED (it travels through the outbox)', () => {
    const event = taskFinishedEvent(record, 9999);
    expect(eventTypeName(Number(event.type))).toBe('task_finished');
    expect(event).toMatchObject({ run_id: record.run_id, exit_code: 2, ts_ms: 3500 });
    expect(event.attrs).toEqual({
      task_id: 'job-7',
      attempt: '2',
      state: 'failed',
      reason: 'exit',
      duration_ms: '2500',
      started_ms: '1000',
      ended_ms: '3500',
      runtime: 'process',
      command: 'make test',
      output_tail: 'FAIL\n',
    });
    expect(execStatusOf({ ...record, state: 'running', ended_ms: null }, 1600)).toMatchObject({
      state: 'running',
      duration_ms: 600,
      ended_ms: 0,
    });
  });

  it('maps results to the exit code of mctl exec', () => {
    expect(cliExitCode({ state: 'succeeded', reason: 'exit', exit_code: 0 })).toBe(0);
    expect(cliExitCode({ state: 'failed', reason: 'exit', exit_code: 3 })).toBe(3);
    expect(cliExitCode({ state: 'failed', reason: 'signal', signal: 'SIGKILL' })).toBe(137);
    expect(cliExitCode({ state: 'stopped', reason: 'stopped', signal: 'SIGTERM' })).toBe(143);
    expect(cliExitCode({ state: 'timeout', reason: 'timeout', signal: 'SIGTERM' })).toBe(124);
    expect(cliExitCode({ state: 'failed', reason: 'memory_limit', signal: 'SIGTERM' })).toBe(137);
    expect(cliExitCode({ state: 'failed', reason: 'spawn_error' })).toBe(127);
    expect(cliExitCode({ state: 'lost', reason: 'lost' })).toBe(125);
  });

  it('makes run ids that sort by start time and fit one topic level', () => {
    const a = newTaskRunId(1_795_394_594_018, () => 'ffffff');
    const b = newTaskRunId(1_795_394_594_019, () => '000000');
    expect(a < b).toBe(true);
    expect(a).toMatch(/^[a-z0-9][a-z0-9_-]{0,62}$/);
  });
});
