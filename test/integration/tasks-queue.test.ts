// The task queue on its own parts: real LMDB in a temp dir, the real fleet store, registry and
// command client on a real broker (controller-api-harness.ts), no device ever connecting —
// what the queue keeps across its own restart, how it lists, trims and counts. Placement and
// dispatch on real daemons: test/e2e/tasks-fleet.test.ts.
import { connectAsync } from 'mqtt';
import { Registry } from 'prom-client';
import { describe, expect, it, vi } from 'vitest';
import { TaskQueue } from '../../controller/tasks/task-queue.ts';
import type { TaskSpec } from '../../controller/tasks/types.ts';
import { CommandClient } from '../../proto/command-client.ts';
import { McError } from '../../proto/errors.ts';
import { testLogger } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { startController } from '../helpers/controller-api-harness.ts';
import { SimDevice } from '../helpers/controller-sim-device.ts';
import { taskSpec } from '../helpers/task-fixtures.ts';

const teardown = teardownEach();

const spec = (over: Partial<TaskSpec> & { device?: string; tags?: string[] } = {}): TaskSpec => {
  const { device, tags, ...rest } = over;
  return taskSpec({
    placement: {
      device: device ?? null,
      tags: tags ?? [],
      strategy: 'least_loaded',
      max_parallel_per_device: 4,
    },
    retries: 2,
    ...rest,
  });
};

async function setup(opts: { staleAfterMs?: number; lostAfterMs?: number } = {}) {
  const h = await startController(teardown, opts.staleAfterMs ? { staleAfterMs: opts.staleAfterMs } : {});
  await h.registry.add('ghost', { brokerUrls: [h.mqttUrl], tags: ['gpu'] });
  const client = await connectAsync(h.mqttUrl, {
    protocolVersion: 4,
    clientId: 'mc-tasks-test',
    reconnectPeriod: 0,
  });
  teardown.add('tasks mqtt client', () => client.endAsync());
  const commands = new CommandClient({ client, replyName: 'mc-tasks-test', issuer: 'test' });
  await commands.start();
  teardown.add('tasks command client', () => commands.stop());
  // The real time, moved ahead by `skip` ms when a test needs the queue's timers to come due.
  const clock = { skip: 0 };
  const queue = (metricsRegistry?: Registry) => {
    const q = new TaskQueue({
      replyTimeoutMs: 1000,
      dataDir: h.dir,
      store: h.store,
      registry: h.registry,
      commands,
      logger: testLogger(),
      now: () => Date.now() + clock.skip,
      tickMs: 20,
      settleMs: 0,
      keep: 2,
      ...(opts.lostAfterMs ? { lostAfterMs: opts.lostAfterMs } : {}),
      ...(metricsRegistry ? { metricsRegistry } : {}),
    });
    teardown.add('task queue', () => q.stop());
    return q;
  };
  return { h, clock, queue };
}

describe('task queue', () => {
  it('keeps queued tasks, their order and the submission counter across its own restart', async () => {
    const { queue } = await setup();
    const q1 = queue();
    await q1.start();
    const low = await q1.submit(spec({ device: 'ghost', priority: -1 }), 'alice');
    const high = await q1.submit(spec({ device: 'ghost', priority: 9 }), 'alice');
    const nowhere = await q1.submit(spec({ tags: ['nowhere'], name: 'parked' }), 'bob');
    await q1.cancel(low.id, 'alice');
    await expect(q1.cancel(low.id, 'alice')).rejects.toMatchObject({ code: 'MC_ERR_CONFLICT' });
    await q1.stop();

    const q2 = queue();
    await q2.start();
    expect(q2.get(low.id)).toMatchObject({
      state: 'cancelled',
      error: 'cancelled while queued',
      attempts: [],
    });
    expect(q2.get(high.id)).toMatchObject({ state: 'queued', priority: 9, actor: 'alice' });
    expect(q2.get(nowhere.id)).toMatchObject({
      state: 'queued',
      name: 'parked',
      placement: { tags: ['nowhere'] },
    });
    const later = await q2.submit(spec(), 'alice');
    expect(later.seq).toBe(4);
    expect(later.id > nowhere.id).toBe(true);
    // Listing: newest first, filtered by state and device (pinned there).
    expect(q2.list({ states: ['queued'] }).tasks.map((t) => t.id)).toEqual([later.id, nowhere.id, high.id]);
    expect(q2.list({ device: 'ghost' }).tasks.map((t) => t.id)).toEqual([high.id, low.id]);
    const page = q2.list({ limit: 2 });
    expect(page.tasks.map((t) => t.id)).toEqual([later.id, nowhere.id]);
    expect(q2.list({ limit: 2, before: page.next ?? '' }).tasks.map((t) => t.id)).toEqual([high.id, low.id]);
    expect(q2.activeCounts()).toEqual({ queued: 3, dispatching: 0, running: 0 });
  });

  it('refuses an unknown device and a task with both or neither of argv and script', async () => {
    const { queue } = await setup();
    const q = queue();
    await q.start();
    await expect(q.submit(spec({ device: 'nobody' }), 'a')).rejects.toThrow(
      new McError('MC_ERR_NOT_FOUND', 'unknown device nobody'),
    );
    const both = spec();
    both.command.script = 'echo';
    await expect(q.submit(both, 'a')).rejects.toMatchObject({ code: 'MC_ERR_INVALID_ARGUMENT' });
    const neither = spec();
    neither.command.argv = [];
    await expect(q.submit(neither, 'a')).rejects.toMatchObject({ code: 'MC_ERR_INVALID_ARGUMENT' });
  });

  it('trims the oldest finished tasks beyond keep and exports the queue depth', async () => {
    const { queue, clock } = await setup();
    const metrics = new Registry();
    const q = queue(metrics);
    await q.start();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await q.submit(spec({ device: 'ghost' }), 'a')).id);
    const text = await metrics.metrics();
    expect(text).toContain('mc_tasks{state="queued"} 5');
    for (const id of ids.slice(0, 4)) await q.cancel(id, 'a');
    expect(await metrics.metrics()).toContain('mc_tasks_finished_total{state="cancelled"} 4');
    clock.skip += 11_000; // the trim runs at most every 10 s
    await vi.waitFor(() => expect(q.get(ids[0] as string)).toBeUndefined(), { timeout: 5000, interval: 20 });
    // keep = 2 finished tasks: the two newest cancelled ones, and the one still queued.
    expect(ids.map((id) => q.get(id)?.state)).toEqual([
      undefined,
      undefined,
      'cancelled',
      'cancelled',
      'queued',
    ]);
  });

  it('settles a run from exec_status after its restart, refuses for good or retries, and loses a dropped device', async () => {
    const { h, queue } = await setup();
    // A device that runs nothing and sends no events: only its answers settle a task.
    const runs = new Map<string, { state: string; exit_code?: number; output_tail?: string }>();
    const execIds: string[] = [];
    const device = await SimDevice.connect(teardown, h.mqttUrl, 'sim', {
      handlers: {
        exec: async (c) => {
          execIds.push(c.id);
          if (c.exec?.cwd === '/nope') throw new McError('MC_ERR_INVALID_ARGUMENT', 'no directory /nope');
          if (c.exec?.cwd === '/busy') throw new McError('MC_ERR_LIMIT', 'too many runs');
          const runId = `run-${c.exec?.task_id}-${c.exec?.attempt}`;
          runs.set(runId, { state: 'running' });
          return { exec: { run_id: runId, pid: 42 } };
        },
        exec_status: async (c) => {
          const run = runs.get(c.exec_status?.run_id ?? '');
          if (!run) throw new McError('MC_ERR_NOT_FOUND', 'no such run');
          return { exec_status: { run_id: c.exec_status?.run_id ?? '', ...run } };
        },
        logs: async (c) => ({ logs: { run_id: c.logs?.run_id ?? '', lines: ['line 1', 'line 2'] } }),
      },
    });
    await vi.waitFor(() => expect(h.store.device('sim')?.health).toBe('online'), { timeout: 5000 });
    const q1 = queue();
    await q1.start();
    const task = await q1.submit(spec({ device: 'sim' }), 'a');
    await vi.waitFor(() => expect(q1.get(task.id)?.state).toBe('running'), { timeout: 5000, interval: 20 });
    expect(execIds).toEqual([`task-${task.id}-1`]);
    expect(await q1.logs(task.id, { lines: 10 })).toMatchObject({
      source: 'device',
      lines: ['line 1', 'line 2'],
    });
    await q1.stop();

    // The run ended while no queue was listening (its event lost): the next one asks.
    runs.set(`run-${task.id}-1`, { state: 'succeeded', exit_code: 0, output_tail: 'hi\n' });
    const q2 = queue();
    await q2.start();
    await vi.waitFor(() => expect(q2.get(task.id)?.state).toBe('succeeded'), { timeout: 5000, interval: 20 });
    expect(q2.get(task.id)?.result).toMatchObject({ attempt: 1, exit_code: 0, output_tail: 'hi\n' });
    expect(execIds).toHaveLength(1);

    // A refusal another device would repeat fails at once; a retryable one is retried, then fails.
    const bad = await q2.submit(spec({ device: 'sim', command: { ...spec().command, cwd: '/nope' } }), 'a');
    const busy = await q2.submit(
      spec({ device: 'sim', retries: 1, command: { ...spec().command, cwd: '/busy' } }),
      'a',
    );
    await vi.waitFor(() => expect(q2.get(busy.id)?.state).toBe('failed'), { timeout: 5000, interval: 20 });
    expect(q2.get(bad.id)).toMatchObject({ state: 'failed', attempts: [{ state: 'refused' }] });
    expect(q2.get(bad.id)?.error).toContain('MC_ERR_INVALID_ARGUMENT: no directory /nope');
    expect(q2.get(busy.id)?.attempts.map((a) => a.state)).toEqual(['refused', 'refused']);
    expect(q2.get(busy.id)?.error).toContain('no retries left');

    // The device drops off (Last Will): its running attempt is lost, the task queued again.
    const long = await q2.submit(spec({ device: 'sim' }), 'a');
    await vi.waitFor(() => expect(q2.get(long.id)?.state).toBe('running'), { timeout: 5000, interval: 20 });
    device.drop();
    await vi.waitFor(() => expect(q2.get(long.id)?.state).toBe('queued'), { timeout: 5000, interval: 20 });
    expect(q2.get(long.id)?.attempts[0]).toMatchObject({ state: 'lost', reason: 'device sim went offline' });
  });

  it('loses the attempt of a device stale past task_lost_after, not before', async () => {
    const { h, queue } = await setup({ staleAfterMs: 300, lostAfterMs: 600 });
    await SimDevice.connect(teardown, h.mqttUrl, 'quiet', {
      handlers: { exec: async (c) => ({ exec: { run_id: `run-${c.exec?.attempt}`, pid: 1 } }) },
    });
    const q = queue();
    await q.start();
    const task = await q.submit(spec({ device: 'quiet' }), 'a');
    await vi.waitFor(() => expect(q.get(task.id)?.state).toBe('running'), { timeout: 5000, interval: 20 });
    // The device sends no heartbeat: stale after 300 ms (the controller's health timer, here by hand).
    const health = setInterval(() => h.store.checkHealth(), 50);
    teardown.add('health timer', () => clearInterval(health));
    await vi.waitFor(() => expect(h.store.device('quiet')?.health).toBe('stale'), {
      timeout: 5000,
      interval: 20,
    });
    const staleSince = h.store.device('quiet')?.health_since_ms ?? 0;
    await vi.waitFor(() => expect(q.get(task.id)?.state).toBe('queued'), { timeout: 5000, interval: 20 });
    const lost = q.get(task.id)?.attempts[0];
    expect(lost).toMatchObject({ state: 'lost' });
    expect(lost?.reason).toMatch(/^device quiet stale for \d+ s$/);
    expect((lost?.ended_ms ?? 0) - staleSince).toBeGreaterThanOrEqual(600);
  });
});
