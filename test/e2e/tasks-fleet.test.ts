// The fleet task queue end to end: a controller process with its embedded broker and three
// real `mctl up` daemons with different tags (gpu-1 and gpu-2 carry `gpu`, cpu-1 carries
// `cpu`; the gpu ones reach the broker through a link proxy). Placement on the matching
// least-loaded device, priority order, cancelling a queued and a running task, a device
// SIGKILLed mid-task (re-queued, completed elsewhere), a device cut off mid-task whose late
// report of the re-run attempt is kept as a duplicate, a controller SIGKILLed and restarted
// (queue kept, the running task reconciled), and 500 trivial tasks draining with no loss and
// no duplicate success.
// The tests share one fleet and run in order.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TaskSummary } from '../../controller/api/task-routes.ts';
import type { Task } from '../../controller/tasks/types.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren, type RunningChild, runMctl } from '../helpers/child.ts';
import { type ControllerProcess, startControllerProcess, TOKEN } from '../helpers/deploy-real-fleet.ts';
import { type DaemonFixture, daemonFixture } from '../helpers/fleet-daemon.ts';
import { type LinkProxy, startLinkProxy } from '../helpers/fleet-proxy.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());

interface Device {
  fixture: DaemonFixture;
  daemon: RunningChild;
}

let ctl: ControllerProcess;
const devices = new Map<string, Device>();
/** The gpu devices reach the broker through a proxy that can cut their link. */
const proxies = new Map<string, LinkProxy>();

async function proxyFor(name: string): Promise<string> {
  const proxy = await startLinkProxy(ctl.mqtt);
  teardown.add(`proxy of ${name}`, () => proxy.close());
  proxies.set(name, proxy);
  return proxy.url;
}
const FINAL = ['succeeded', 'failed', 'timeout', 'cancelled', 'lost'];

async function addDevice(name: string, tags: string[], viaProxy = false): Promise<void> {
  const res = await ctl.api<{ password: string }>('POST', '/api/devices', { name, tags });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const fixture = daemonFixture(teardown, {
    device: name,
    brokerUrl: viaProxy ? await proxyFor(name) : ctl.mqtt,
    workloads: [],
    fleet: `  username: ${name}\n  password: ${res.body.password}`,
  });
  devices.set(name, { fixture, daemon: await fixture.up() });
}

async function submit(body: Record<string, unknown>): Promise<Task> {
  const res = await ctl.api<Task>('POST', '/api/tasks', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function get(id: string): Promise<Task> {
  return (await ctl.api<Task>('GET', `/api/tasks/${id}`)).body;
}

/** Polls the task until `done` holds (by default: it ended). */
async function waitTask(
  id: string,
  done: (t: Task) => boolean = (t) => FINAL.includes(t.state),
  timeoutMs = 30_000,
) {
  let last: Task | undefined;
  await vi
    .waitFor(
      async () => {
        last = await get(id); // throws while the controller is restarting: asked again
        if (!done(last)) throw new Error('not yet');
      },
      { timeout: timeoutMs, interval: 100 },
    )
    .catch(() => {
      throw new Error(`task ${id} not there within ${timeoutMs} ms: ${JSON.stringify(last)}`);
    });
  return last as Task;
}

const deviceOf = (t: Task) => t.attempts[t.attempts.length - 1]?.device;

/** Polls until the device's health is online (works in hooks, unlike expect.poll). */
async function online(name: string): Promise<void> {
  await vi.waitFor(
    async () => {
      const res = await ctl.api<{ device: { health: string } }>('GET', `/api/fleet/clients/${name}`);
      if (res.body.device?.health !== 'online') throw new Error(`${name} is ${res.body.device?.health}`);
    },
    { timeout: 20_000, interval: 100 },
  );
}

beforeAll(async () => {
  ctl = await startControllerProcess(teardown);
  await Promise.all([
    addDevice('gpu-1', ['gpu'], true),
    addDevice('gpu-2', ['gpu'], true),
    addDevice('cpu-1', ['cpu']),
  ]);
  for (const name of devices.keys()) await online(name);
}, 60_000);

describe('fleet tasks on real daemons', () => {
  it('places a task on the matching, least-loaded device and returns its result', async () => {
    const blocker = await submit({ argv: ['sleep', '60'], device: 'gpu-1', name: 'blocker' });
    await waitTask(blocker.id, (t) => t.state === 'running');

    const gpu = await submit({ script: 'echo "on $MC_WHO"; exit 3', env: { MC_WHO: 'gpu' }, tags: ['gpu'] });
    const cpu = await submit({ argv: ['sh', '-c', 'echo cpu says hi'], tags: ['cpu'] });
    const gpuDone = await waitTask(gpu.id);
    const cpuDone = await waitTask(cpu.id);
    // gpu-1 is busy with the blocker, so the least-loaded gpu device is gpu-2.
    expect(gpuDone).toMatchObject({ state: 'failed', result: { device: 'gpu-2', exit_code: 3 } });
    expect(gpuDone.result?.output_tail).toContain('on gpu');
    expect(gpuDone.result?.duration_ms).toBeGreaterThanOrEqual(0);
    expect(cpuDone).toMatchObject({ state: 'succeeded', result: { device: 'cpu-1', exit_code: 0 } });

    // The full log comes from the device that ran it.
    const logs = await ctl.api<{ source: string; lines: string[] }>('GET', `/api/tasks/${cpu.id}/logs`);
    expect(logs.body).toMatchObject({ source: 'device' });
    expect(logs.body.lines.join('\n')).toContain('cpu says hi');

    // Cancelling a running task stops it on its device.
    const cancel = await ctl.api<Task>('POST', `/api/tasks/${blocker.id}/cancel`);
    expect(cancel.status).toBe(200);
    expect(cancel.body.cancel_requested).toBe(true);
    const stopped = await waitTask(blocker.id);
    expect(stopped.state).toBe('cancelled');
    expect(stopped.attempts[0]?.state).toBe('stopped');
    expect((await ctl.api('POST', `/api/tasks/${blocker.id}/cancel`)).status).toBe(409);

    const list = await ctl.api<{ tasks: TaskSummary[] }>(
      'GET',
      '/api/tasks?state=succeeded,failed&device=gpu-2',
    );
    expect(list.body.tasks.map((t) => t.id)).toContain(gpu.id);
    expect(list.body.tasks.map((t) => t.id)).not.toContain(cpu.id);
  }, 60_000);

  it('starts queued tasks by priority, FIFO within one, and cancels a queued task', async () => {
    const one = { device: 'cpu-1', max_parallel_per_device: 1 };
    const blocker = await submit({ argv: ['sleep', '60'], ...one });
    await waitTask(blocker.id, (t) => t.state === 'running');
    const low = await submit({ argv: ['true'], priority: -5, ...one });
    const mid1 = await submit({ argv: ['true'], ...one });
    const high = await submit({ argv: ['true'], priority: 10, ...one });
    const doomed = await submit({ argv: ['true'], priority: 100, ...one });
    const mid2 = await submit({ argv: ['true'], ...one });
    expect((await get(low.id)).state).toBe('queued');

    const cancelled = await ctl.api<Task>('POST', `/api/tasks/${doomed.id}/cancel`);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', attempts: [] });
    await ctl.api('POST', `/api/tasks/${blocker.id}/cancel`);

    const done = await Promise.all([high, mid1, mid2, low].map((t) => waitTask(t.id)));
    expect(done.map((t) => t.state)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    const order = [...done].sort(
      (a, b) => (a.attempts[0]?.dispatched_ms ?? 0) - (b.attempts[0]?.dispatched_ms ?? 0),
    );
    expect(order.map((t) => t.id)).toEqual([high.id, mid1.id, mid2.id, low.id]);
    expect((await get(doomed.id)).attempts).toEqual([]);
  }, 60_000);

  it('re-queues the task of a device killed mid-run and completes it on another', async () => {
    const task = await submit({ argv: ['sleep', '3'], tags: ['gpu'], retries: 2 });
    const running = await waitTask(task.id, (t) => t.state === 'running');
    const victim = deviceOf(running) as string;
    const other = victim === 'gpu-1' ? 'gpu-2' : 'gpu-1';
    const device = devices.get(victim) as Device;
    await device.daemon.kill('SIGKILL'); // the broker publishes its Last Will: offline

    const end = await waitTask(task.id);
    expect(end).toMatchObject({ state: 'succeeded', result: { attempt: 2, device: other, exit_code: 0 } });
    expect(end.attempts[0]).toMatchObject({ n: 1, device: victim, state: 'lost' });
    expect(end.attempts[0]?.reason).toContain('offline');
    device.daemon = await device.fixture.up();
    await online(victim);
  }, 60_000);

  it('keeps the first success when a cut-off device reports an attempt already re-run', async () => {
    const task = await submit({ argv: ['sh', '-c', 'sleep 2; echo done'], tags: ['gpu'], retries: 2 });
    const running = await waitTask(task.id, (t) => t.state === 'running');
    const victim = deviceOf(running) as string;
    const other = victim === 'gpu-1' ? 'gpu-2' : 'gpu-1';
    // The link drops (Last Will) while the daemon and its run go on; the run's end waits in
    // the device's outbox until the link is back.
    proxies.get(victim)?.cut();
    await waitTask(task.id, (t) => t.attempts.length === 2);
    proxies.get(victim)?.restore();

    const end = await waitTask(task.id, (t) => t.state === 'succeeded' && t.duplicates.length === 1);
    expect(end.attempts.map((a) => a.device)).toEqual([victim, other]);
    // Whichever success arrived first is the result; the other attempt's report is the duplicate.
    const kept = end.result?.attempt;
    expect(end.result?.output_tail).toContain('done');
    expect(end.duplicates[0]).toMatchObject({ attempt: kept === 1 ? 2 : 1 });
    expect(end.attempts.filter((a) => a.state === 'succeeded').length).toBeGreaterThanOrEqual(1);
    await online(victim);
  }, 60_000);

  it('keeps the queue across a controller SIGKILL and settles the task that ran meanwhile', async () => {
    const parked = await Promise.all(
      [1, 2, 3].map((n) => submit({ argv: ['true'], tags: ['nowhere'], name: `parked-${n}` })),
    );
    const runner = await submit({ argv: ['sh', '-c', 'sleep 2; echo finished'], device: 'cpu-1' });
    await waitTask(runner.id, (t) => t.state === 'running');

    await ctl.child.kill('SIGKILL');
    await ctl.restart();

    const queued = await ctl.api<{ tasks: TaskSummary[] }>('GET', '/api/tasks?state=queued');
    expect(queued.body.tasks.map((t) => t.id).sort()).toEqual(parked.map((t) => t.id).sort());
    const settled = await waitTask(runner.id, undefined, 40_000);
    expect(settled).toMatchObject({ state: 'succeeded', result: { device: 'cpu-1', exit_code: 0 } });
    expect(settled.attempts).toHaveLength(1);
    expect(settled.result?.output_tail).toContain('finished');
    for (const t of parked) expect((await ctl.api('POST', `/api/tasks/${t.id}/cancel`)).status).toBe(200);
    for (const name of devices.keys()) await online(name);
  }, 90_000);

  it('drains 500 queued tasks with no loss and no duplicate success', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 500; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          submit({ argv: ['true'], name: `drain-${i + j}`, max_parallel_per_device: 8 }),
        ),
      );
      ids.push(...batch.map((t) => t.id));
    }
    expect(new Set(ids).size).toBe(500);
    await expect
      .poll(
        async () =>
          (await ctl.api<{ counts: Record<string, number> }>('GET', '/api/tasks?state=queued&limit=1')).body
            .counts,
        {
          timeout: 120_000,
          interval: 500,
        },
      )
      .toEqual({ queued: 0, dispatching: 0, running: 0 });
    const tasks = await Promise.all(ids.map(get));
    const byState = new Map<string, number>();
    for (const t of tasks) byState.set(t.state, (byState.get(t.state) ?? 0) + 1);
    expect(Object.fromEntries(byState)).toEqual({ succeeded: 500 });
    const successes = tasks.flatMap((t) => t.attempts.filter((a) => a.state === 'succeeded'));
    expect(successes).toHaveLength(500);
    expect(tasks.every((t) => t.attempts.length === 1 && t.duplicates.length === 0)).toBe(true);
    // Spread over every device.
    expect(new Set(tasks.map((t) => t.result?.device)).size).toBe(3);

    const metrics = await (
      await fetch(`${ctl.http}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).text();
    expect(metrics).toMatch(/mc_tasks\{state="queued"\} 0/);
    expect(metrics).toMatch(/mc_tasks_finished_total\{state="succeeded"\} [1-9]\d{2}/);
  }, 180_000);

  it('refuses bad submissions with clear errors, pages the list and audits submit and cancel', async () => {
    const bad = async (body: unknown) => {
      const res = await ctl.api<{ error: { code: string; message: string } }>('POST', '/api/tasks', body);
      return [res.status, res.body.error?.code, res.body.error?.message] as const;
    };
    expect(await bad({ argv: ['true'], script: 'true' })).toEqual([
      400,
      'MC_ERR_INVALID_ARGUMENT',
      'give exactly one of argv and script',
    ]);
    expect((await bad({}))[0]).toBe(400);
    expect((await bad({ argv: ['true'], device: 'cpu-1', tags: ['cpu'] }))[2]).toBe(
      'give device or tags, not both',
    );
    expect(await bad({ argv: ['true'], device: 'nope' })).toEqual([
      404,
      'MC_ERR_NOT_FOUND',
      'unknown device nope',
    ]);
    expect((await bad({ argv: ['true'], priority: 5000 }))[2]).toContain('priority');
    expect((await bad({ argv: ['true'], colour: 'red' }))[0]).toBe(400);
    const wrongState = await ctl.api<{ error: { message: string } }>('GET', '/api/tasks?state=done');
    expect(wrongState.status).toBe(400);
    expect(wrongState.body.error.message).toContain('unknown state done');
    expect((await ctl.api('GET', '/api/tasks/zzzzzzzzz-zzzzzzz')).status).toBe(404);

    const first = await ctl.api<{ tasks: TaskSummary[]; next: string }>('GET', '/api/tasks?limit=3');
    expect(first.body.tasks).toHaveLength(3);
    const second = await ctl.api<{ tasks: TaskSummary[] }>(
      'GET',
      `/api/tasks?limit=3&before=${first.body.next}`,
    );
    const ids = [...first.body.tasks, ...second.body.tasks].map((t) => t.id);
    expect(new Set(ids).size).toBe(6);
    expect([...ids].sort().reverse()).toEqual(ids); // newest first, pages in order

    const t = await submit({ argv: ['true'], tags: ['nowhere'] });
    await ctl.api('POST', `/api/tasks/${t.id}/cancel`);
    const audit = await ctl.api<Array<{ action: string; args: { task_id?: string } }>>(
      'GET',
      '/api/audit?limit=20',
    );
    const mine = audit.body.filter((e) => e.args.task_id === t.id).map((e) => e.action);
    expect(mine.sort()).toEqual(['task_cancel', 'task_submit']);
  }, 30_000);

  it('submits from mctl and follows the task to its exit code; ls, show, logs and cancel', async () => {
    const mctl = async (...args: string[]) => {
      const child = runMctl(
        [...args.slice(0, 2), '--controller', ctl.http, '--token', TOKEN, ...args.slice(2)],
        {},
      );
      const code = await child.exited;
      return { code, out: child.lines.join('\n'), err: child.stderr() };
    };
    const run = await mctl(
      'task',
      'submit',
      '--tag',
      'cpu',
      '--wait',
      '--',
      'sh',
      '-c',
      'echo via mctl; exit 7',
    );
    expect(run.code).toBe(7);
    expect(run.out).toContain('via mctl');
    // --timeout is mctl's global option: typed, it is the task's timeout (killed → 124).
    const slow = await mctl(
      'task',
      'submit',
      '--device',
      'cpu-1',
      '--timeout',
      '1',
      '--wait',
      '--',
      'sleep',
      '30',
    );
    expect(slow.code).toBe(124);

    const ls = await mctl('task', 'ls', '--json', '--state', 'failed', '--limit', '1');
    const page = JSON.parse(ls.out) as { tasks: TaskSummary[] };
    expect(page.tasks[0]).toMatchObject({ state: 'failed', exit_code: 7, device: 'cpu-1' });
    const id = page.tasks[0]?.id as string;
    const show = await mctl('task', 'show', id);
    expect(show.out).toMatch(/failed on cpu-1, attempt 1\/3, exit code 7/);
    const logs = await mctl('task', 'logs', id);
    expect(logs.out).toContain('via mctl');
    const cancel = await mctl('task', 'cancel', id);
    expect(cancel.code).toBe(1);
    expect(cancel.err).toContain(`task ${id} is already failed (MC_ERR_CONFLICT)`);
  }, 60_000);
});
