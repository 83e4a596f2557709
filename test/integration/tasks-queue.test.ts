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

const teardown = teardownEach();

const spec = (over: Partial<TaskSpec> & { device?: string; tags?: string[] } = {}): TaskSpec => {
  const { device, tags, ...rest } = over;
  return {
    name: '',
    command: {
      argv: ['true'],
      script: '',
      interpreter: '',
      env: {},
      cwd: '',
      timeout_s: 0,
      memory_limit_mb: 0,
      cpu_nice: 0,
    },
    priority: 0,
    placement: {
      device: device ?? null,
      tags: tags ?? [],
      strategy: 'least_loaded',
      max_parallel_per_device: 4,
    },
    retries: 2,
    retry_failed: false,
    ...rest,
  };
};

async function setup() {
  const h = await startController(teardown);
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
  const clock = { ms: Date.now() };
  const queue = (metricsRegistry?: Registry) => {
    const q = new TaskQueue({
      dataDir: h.dir,
      store: h.store,
      registry: h.registry,
      commands,
      logger: testLogger(),
      now: () => clock.ms,
      tickMs: 20,
      settleMs: 0,
      keep: 2,
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
    clock.ms += 11_000; // the trim runs at most every 10 s
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
});
