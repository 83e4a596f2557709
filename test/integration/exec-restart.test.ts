// Task runs across daemon restarts: a finished run keeps its status and log; a graceful
// shutdown stops running runs and says so; after a SIGKILL of the daemon a run still alive
// is adopted (its output keeps reaching its log through the FIFO) and one that died
// meanwhile is closed as `lost` — with a TASK_FINISHED event either way, never silently.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { mc } from '../../proto/codec.ts';
import type { CommandAction } from '../../proto/command-client.ts';
import { eventTypeName } from '../../proto/names.ts';
import { filters, topics } from '../../proto/topics.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { killAllChildren } from '../helpers/child.ts';
import { commander, observe, startFleetBroker } from '../helpers/fleet-brokers.ts';
import { daemonFixture } from '../helpers/fleet-daemon.ts';

const teardown = teardownEach();
afterEach(() => killAllChildren());
const D = 'restart-box';

async function setup() {
  const url = await startFleetBroker(teardown, 'aedes');
  const fixture = daemonFixture(teardown, { device: D, brokerUrl: url, workloads: [] });
  const obs = await observe(teardown, url, [filters.events(D), filters.presence(D)]);
  // In-process commands over the broker (mctl exec itself is tested in exec-run.test.ts): a
  // process per query made this file slow and timing-sensitive on a busy machine.
  const cmd = await commander(teardown, url);
  const local = async (_exec: 'exec', verb: string, ...rest: string[]) => {
    const action: CommandAction =
      verb === '-d'
        ? { exec: { argv: rest.slice(1) } }
        : verb === 'status'
          ? { exec_status: { run_id: rest[0] ?? '' } }
          : { logs: { run_id: rest[0] ?? '' } };
    const reply = await cmd.commands.send(D, action, { timeoutMs: 30_000 });
    if (!reply.ok) throw new Error(`${verb} failed: ${reply.error?.code} ${reply.error?.message}`);
    return {
      run_id: reply.exec?.run_id ?? '',
      exec_status: reply.exec_status as mc.v1.ExecStatus,
      logs: { lines: reply.logs?.lines ?? [] },
    };
  };
  const finished = (runId: string) =>
    obs.next(
      topics.events(D),
      (m) => {
        const e = m.message as mc.v1.Event | null;
        return eventTypeName(e?.type ?? 0) === 'task_finished' && e?.run_id === runId;
      },
      20_000,
    );
  // The first start of a device on a fresh broker has no session yet: a command sent before
  // its cmd subscription would be lost, so wait until it is online (later starts resume it).
  const upOnline = async () => {
    const daemon = await fixture.up();
    await obs.next(topics.presence(D), (m) => (m.message as mc.v1.Presence | null)?.online === true, 20_000);
    return daemon;
  };
  return { fixture, local, finished, upOnline };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

it('keeps status and logs of a finished run across a restart, and stops running runs on shutdown', {
  timeout: 90_000,
}, async () => {
  const { fixture, local, finished, upOnline } = await setup();
  const daemon = await upOnline();
  const done = await local('exec', '-d', '--', 'sh', '-c', 'echo kept; exit 5');
  await waitFor(
    'the run to end',
    async () => (await local('exec', 'status', done.run_id)).exec_status.state !== 'running',
    10_000,
  );
  const long = await local('exec', '-d', '--', 'sh', '-c', 'echo long; exec sleep 300');
  const { pid } = (await local('exec', 'status', long.run_id)).exec_status;

  daemon.process.kill('SIGTERM');
  expect(await daemon.exited).toBe(0);
  expect(alive(pid)).toBe(false);
  await fixture.up();
  expect((await local('exec', 'status', done.run_id)).exec_status).toMatchObject({
    state: 'failed',
    exit_code: 5,
    output_tail: 'kept\n',
  });
  expect((await local('exec', 'logs', done.run_id)).logs.lines).toEqual(['kept']);
  const stopped = (await local('exec', 'status', long.run_id)).exec_status;
  expect(stopped).toMatchObject({ state: 'stopped', reason: 'stopped', output_tail: 'long\n' });
  expect(stopped.message).toContain('the daemon shut down');
  expect((await finished(long.run_id)).message).toMatchObject({ attrs: { state: 'stopped' } });
});

it('adopts a run that outlived a SIGKILLed daemon and closes one that died meanwhile as lost', {
  timeout: 90_000,
}, async () => {
  const { fixture, local, finished, upOnline } = await setup();
  const daemon = await upOnline();
  const gate = join(fixture.dir, 'go');
  const adopted = await local(
    'exec',
    '-d',
    '--',
    'sh',
    '-c',
    `echo before; while [ ! -e ${gate} ]; do sleep 0.05; done; echo after`,
  );
  const doomed = await local('exec', '-d', '--', 'sleep', '300');
  await waitFor(
    'the first line',
    async () => (await local('exec', 'logs', adopted.run_id)).logs.lines.includes('before'),
    10_000,
  );
  const first = (await local('exec', 'status', adopted.run_id)).exec_status;
  const victim = (await local('exec', 'status', doomed.run_id)).exec_status;

  await daemon.kill('SIGKILL');
  process.kill(victim.pid, 'SIGKILL');
  await waitFor('the killed run to be gone', () => !alive(victim.pid), 5000);
  await fixture.up();

  const lost = await finished(doomed.run_id);
  expect(lost.message).toMatchObject({ attrs: { state: 'lost', reason: 'lost' } });
  expect((await local('exec', 'status', doomed.run_id)).exec_status.message).toContain(
    'ended while the daemon was down',
  );
  const resumed = (await local('exec', 'status', adopted.run_id)).exec_status;
  expect(resumed).toMatchObject({ state: 'running', pid: first.pid });

  writeFileSync(gate, '');
  const end = await finished(adopted.run_id);
  expect(end.message).toMatchObject({ attrs: { state: 'lost', output_tail: 'before\nafter\n' } });
  const status = (await local('exec', 'status', adopted.run_id)).exec_status;
  expect(status.message).toContain('exit status unknown');
  // Its output reached the log through the FIFO the new daemon reopened; the FIFO is gone now.
  expect((await local('exec', 'logs', adopted.run_id)).logs.lines).toEqual(['before', 'after']);
  expect(existsSync(join(fixture.dir, 'data', 'tasks', 'pipes', `${adopted.run_id}.fifo`))).toBe(false);
});
