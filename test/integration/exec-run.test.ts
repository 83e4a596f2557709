// Task runs (Command.exec) on a real daemon process: `mctl exec` over the local socket and
// over a real broker streams the output and exits with the run's code; timeouts and memory
// limits end the whole process group; runs are stopped, listed and inspected by run id;
// a redelivered exec command acts once; bad input gets a clear error reply.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode, type mc } from '../../proto/codec.ts';
import { eventTypeName } from '../../proto/names.ts';
import { filters, topics } from '../../proto/topics.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { killAllChildren, MCTL, runChild } from '../helpers/child.ts';
import {
  type Commander,
  commander,
  type Observer,
  observe,
  startFleetBroker,
} from '../helpers/fleet-brokers.ts';
import { type DaemonFixture, daemonFixture } from '../helpers/fleet-daemon.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());
const D = 'task-box';

let url: string;
let fixture: DaemonFixture;
let obs: Observer;
let cmd: Commander;

beforeAll(async () => {
  url = await startFleetBroker(teardown, 'aedes');
  fixture = daemonFixture(teardown, { device: D, brokerUrl: url, workloads: [] });
  obs = await observe(teardown, url, [filters.events(D), filters.status(D), filters.presence(D)]);
  await fixture.up();
  cmd = await commander(teardown, url);
  await obs.next(topics.presence(D), (m) => (m.message as mc.v1.Presence | null)?.online === true, 15_000);
});

const local = (...args: string[]) => fixture.mctl(['--socket-path', fixture.socket, ...args]);
const fleet = (...args: string[]) => fixture.mctl(['--device', D, '--broker', url, ...args]);
const send = (action: Parameters<Commander['commands']['send']>[1], id?: string) =>
  cmd.commands.send(D, action, { timeoutMs: 15_000, ...(id ? { id } : {}) });
const event = (m: { message: unknown }) => m.message as mc.v1.Event | null;

async function finalStatus(runId: string): Promise<mc.v1.ExecStatus> {
  return waitFor(
    `run ${runId} to end`,
    async () => {
      const reply = await send({ exec_status: { run_id: runId } });
      const status = reply.exec_status as mc.v1.ExecStatus | undefined;
      return status && status.state !== 'running' ? status : undefined;
    },
    20_000,
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('mctl exec', { timeout: 60_000 }, () => {
  it('streams the output of a run on the local daemon in order and exits with its code', async () => {
    const r = await local(
      'exec',
      '--',
      'sh',
      '-c',
      'for i in 1 2 3; do echo line $i; sleep 0.2; done; echo oops >&2; exit 7',
    );
    expect(r.out.split('\n')).toEqual(['line 1', 'line 2', 'line 3', 'oops']);
    expect(r.code).toBe(7);
    // Everything, however long, even when the run ends before the stream starts. (Through a
    // pipe into a checksum: a child's 'exit' can come before the last of a big stdout.)
    const mctl = `${process.execPath} ${MCTL} --socket-path ${fixture.socket}`;
    const [got, want] = [join(fixture.dir, 'seq.out'), join(fixture.dir, 'seq.want')];
    const compare = runChild('sh', [
      '-c',
      `${mctl} exec -- seq 1 20000 > ${got}; seq 1 20000 > ${want}; cmp ${got} ${want} && echo SAME`,
    ]);
    await compare.exited;
    const verdict = await compare.waitForLine(
      (l) => l === 'SAME' || l.includes('differ') || l.includes('EOF'),
    );
    expect(verdict, `${compare.lines.join('\n')} ${compare.stderr()}`).toBe('SAME');
  });

  it('runs over the fleet broker: streamed output, exit code, TASK_STARTED/TASK_FINISHED with the result, tasks_running', async () => {
    const r = await fleet(
      'exec',
      '--env',
      'WHO=fleet',
      '--',
      'sh',
      '-c',
      'echo hello $WHO; sleep 1; echo bye; exit 3',
    );
    expect(r.code).toBe(3);
    expect(r.out.split('\n')).toEqual(['hello fleet', 'bye']);
    const started = await obs.next(
      topics.events(D),
      (m) =>
        eventTypeName(event(m)?.type ?? 0) === 'task_started' &&
        (event(m)?.attrs?.command ?? '').includes('WHO'),
    );
    const runId = event(started)?.run_id ?? '';
    expect(runId).toMatch(/^t[0-9a-z]{9}[0-9a-f]{6}$/);
    const finished = await obs.next(
      topics.events(D),
      (m) => eventTypeName(event(m)?.type ?? 0) === 'task_finished' && event(m)?.run_id === runId,
    );
    const result = event(finished);
    expect(result?.exit_code).toBe(3);
    expect(result?.attrs).toMatchObject({
      state: 'failed',
      reason: 'exit',
      attempt: '0',
      runtime: 'process',
    });
    expect(result?.attrs?.output_tail).toBe('hello fleet\nbye\n');
    expect(Number(result?.attrs?.duration_ms)).toBeGreaterThanOrEqual(900);
    // The retained status counted the run while it ran, and says what the device can do.
    const statuses = obs.on(topics.status(D)).map((m) => m.message as mc.v1.DeviceStatus);
    expect(statuses.some((s) => s.tasks_running === 1)).toBe(true);
    await waitFor(
      'tasks_running back to 0',
      () => (obs.on(topics.status(D)).at(-1)?.message as mc.v1.DeviceStatus | null)?.tasks_running === 0,
      10_000,
    );
    expect(statuses.at(-1)?.capabilities).toContain('exec');
  });

  it('kills the whole process group at the timeout (exit 124)', async () => {
    const pidFile = join(fixture.dir, 'bg.pid');
    const r = await local(
      '--timeout',
      '1',
      'exec',
      '--',
      'sh',
      '-c',
      `sleep 300 & echo $! > ${pidFile}; echo waiting; sleep 300`,
    );
    expect(r.code).toBe(124);
    expect(r.out).toBe('waiting');
    expect(r.err).toContain('timeout');
    const background = Number(readFileSync(pidFile, 'utf8'));
    await waitFor('the background child to be gone', () => !alive(background), 10_000);
  });

  it('enforces memory limits: RLIMIT_AS for a native program, the RSS watchdog for Node', async () => {
    // tail on /dev/zero keeps one endless line in memory: under RLIMIT_AS it fails to allocate.
    const native = await local('exec', '--memory', '32', '--', 'tail', '/dev/zero');
    expect(native.code).not.toBe(0);
    expect(native.out).toMatch(/memory exhausted|Cannot allocate/i);
    // Node cannot start under a small RLIMIT_AS; the watchdog stops it at the limit (exit 137).
    const node = await local(
      'exec',
      '--memory',
      '80',
      '--',
      process.execPath,
      '-e',
      'const a=[];setInterval(()=>a.push(Buffer.alloc(8e6,1)),40)',
    );
    expect(node.code).toBe(137);
    expect(node.err).toContain('memory limit');
  });

  it('stops following at Ctrl-C (exit 130) and leaves the run going', async () => {
    const following = fixture.follow([
      '--socket-path',
      fixture.socket,
      'exec',
      '--',
      'sh',
      '-c',
      'echo first; exec sleep 300',
    ]);
    await following.waitForLine((l) => l === 'first', 20_000);
    following.process.kill('SIGINT');
    expect(await following.exited).toBe(130);
    // stderr may still be in flight when the exit is seen.
    const said = await waitFor(
      'the hint',
      () => /stopped following; run (t\w+) goes on/.exec(following.stderr()),
      5000,
    );
    const runId = said[1] ?? '';
    const status = (await send({ exec_status: { run_id: runId } })).exec_status as mc.v1.ExecStatus;
    expect(status.state).toBe('running');
    expect((await send({ exec_stop: { run_id: runId } })).exec_status?.state).toBe('stopped');
  });

  it('stops a run by its id, lists it, and keeps its status and logs after the end', async () => {
    const detached = await local('exec', '-d', '--', 'sh', '-c', 'echo started; exec sleep 300');
    expect(detached.code).toBe(0);
    const runId = detached.out.trim();
    await waitFor(
      'the first line',
      async () => (await local('exec', 'logs', runId)).out.includes('started'),
      10_000,
    );
    const running = await local('--json', 'exec', 'status', runId);
    const live = JSON.parse(running.out).exec_status;
    expect(live).toMatchObject({ run_id: runId, state: 'running' });
    expect(alive(live.pid)).toBe(true);
    const stopped = await local('--json', 'exec', 'stop', runId);
    expect(JSON.parse(stopped.out).exec_status).toMatchObject({
      state: 'stopped',
      reason: 'stopped',
      signal: 'SIGTERM',
    });
    expect(alive(live.pid)).toBe(false);
    const list = await local('exec', 'ls');
    expect(list.out).toMatch(new RegExp(`${runId}\\s+stopped`));
    const logs = await local('exec', 'logs', runId);
    expect(logs.out).toBe('started');
    const followEnded = await local('exec', 'logs', runId, '-f');
    expect(followEnded.out).toBe('started');
    expect(followEnded.code).toBe(143);
  });

  it('runs a shipped script with its interpreter, and removes the script file afterwards', async () => {
    const file = join(fixture.dir, 'job.sh');
    writeFileSync(file, 'echo "script $MC_TASK_ATTEMPT $LEVEL"\necho "cwd $(pwd)"\nexit 4\n');
    const r = await local('exec', '--script', file, '--env', 'LEVEL=2', '--cwd', '/tmp');
    expect(r.code).toBe(4);
    expect(r.out.split('\n')).toEqual(['script 0 2', 'cwd /tmp']);
    const runs = await send({ exec_list: { limit: 1 } });
    const run = (runs.exec_list?.runs ?? [])[0] as mc.v1.ExecStatus;
    expect(run.command).toBe(`/bin/sh script (${readFileSync(file).length} bytes)`);
    expect(existsSync(join(fixture.dir, 'data', 'tasks', 'scripts', run.run_id))).toBe(false);
    const py = await send({
      exec: { script: 'import sys\nprint("py", len(sys.argv))\n', interpreter: 'python3' },
    });
    expect(py.ok).toBe(true);
    const status = await finalStatus(py.exec?.run_id ?? '');
    expect(status.state).toBe('succeeded');
    expect(status.output_tail).toBe('py 1\n');
  });

  it('acts once on a redelivered exec command: the same run id, one run', async () => {
    const id = `exec-once-${Date.now()}`;
    const marker = join(fixture.dir, 'once.txt');
    const exec = { argv: ['sh', '-c', `echo x >> ${marker}`], task_id: 'task-once', attempt: 2 };
    // The same command delivered twice at once (as a QoS 1 redelivery can), then once more later.
    const payload = Buffer.from(
      encode('cmd', { id, issued_at_ms: Date.now(), reply_to: cmd.commands.replyTopic, exec }),
    );
    await Promise.all([0, 1].map(() => cmd.client.publishAsync(topics.cmd(D), payload, { qos: 1 })));
    const replies = await waitFor(
      'two replies',
      () => {
        const mine = cmd.replies.filter((r) => r.command_id === id);
        return mine.length >= 2 ? mine : undefined;
      },
      15_000,
    );
    const later = await send({ exec }, id);
    const runId = replies[0]?.exec?.run_id ?? '';
    expect(runId).toMatch(/^t/);
    expect(replies[1]?.exec?.run_id).toBe(runId);
    expect(later.exec?.run_id).toBe(runId);
    const status = await finalStatus(runId);
    expect(status).toMatchObject({ state: 'succeeded', task_id: 'task-once', attempt: 2 });
    const runs = await send({ exec_list: { task_id: 'task-once' } });
    expect(runs.exec_list?.runs).toHaveLength(1);
    expect(readFileSync(marker, 'utf8')).toBe('x\n');
  });

  it('answers bad input with a clear error reply and starts nothing', async () => {
    const before = (await send({ exec_list: { limit: 500 } })).exec_list?.runs?.length ?? 0;
    const cases: [Parameters<Commander['commands']['send']>[1], string, RegExp][] = [
      [{ exec: { argv: [] } }, 'MC_ERR_INVALID_ARGUMENT', /argv is empty/],
      [
        { exec: { script: 'x'.repeat(300 * 1024) } },
        'MC_ERR_LIMIT',
        /script is 307200 bytes \(at most 262144\)/,
      ],
      [{ exec: { argv: ['true'], script: 'true' } }, 'MC_ERR_INVALID_ARGUMENT', /mutually exclusive/],
      [
        { exec: { argv: ['true'], env: { 'BAD NAME': 'x' } } },
        'MC_ERR_INVALID_ARGUMENT',
        /env name "BAD NAME"/,
      ],
      [
        { exec: { argv: ['true'], cwd: 'relative' } },
        'MC_ERR_INVALID_ARGUMENT',
        /cwd must be an absolute path/,
      ],
      [{ exec_status: { run_id: 'tnope' } }, 'MC_ERR_NOT_FOUND', /no task run "tnope"/],
      [{ exec_stop: {} }, 'MC_ERR_INVALID_ARGUMENT', /needs a run id/],
    ];
    for (const [action, code, message] of cases) {
      const reply = await send(action);
      expect(reply.ok, JSON.stringify(action).slice(0, 80)).toBe(false);
      expect(reply.error?.code).toBe(code);
      expect(reply.error?.message).toMatch(message);
    }
    expect((await send({ exec_list: { limit: 500 } })).exec_list?.runs?.length).toBe(before);
    // A program that does not exist is a run that failed to start: MC_ERR_SPAWN, exit 127.
    const missing = await local('exec', '--', '/no/such/program');
    expect(missing.code).toBe(127);
    expect(missing.err).toContain('ENOENT');
    const empty = await local('exec');
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('nothing to run');
  });
});
