// The stored view of the fleet over HTTP (the seed's client overview and detail, events and
// run history), answered from the fleet store that the devices' own telemetry fed.
import { describe, expect, it } from 'vitest';
import { eventTypeOf } from '../../proto/names.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { type ControllerHarness, startController } from '../helpers/controller-api-harness.ts';
import { SimDevice } from '../helpers/controller-sim-device.ts';

const teardown = teardownEach();

async function get(ctl: ControllerHarness, url: string) {
  const res = await ctl.app.inject({ url });
  return { status: res.statusCode, body: res.json() };
}

describe('fleet routes', () => {
  it('lists every device with health, counts, metrics and tags, filtered by health or tag', async () => {
    const ctl = await startController(teardown);
    const pump1 = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', {
      workloads: ['svc'],
      tags: ['lab'],
    });
    const pump2 = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-2', {
      workloads: ['a', 'b'],
      tags: ['field'],
    });
    await ctl.registry.add('edge-1', { brokerUrls: [ctl.mqttUrl], tags: ['lab'] });
    await pump1.heartbeat(1, 40, 55);
    await waitFor(
      'pump-1 heartbeat in the store',
      () => ctl.store.device('pump-1')?.heartbeat?.cpu_percent === 40,
    );
    await pump2.setWorkload('b', 'failed');
    await pump2.publishStatus();
    await waitFor('pump-2 status with a failure', () => ctl.store.device('pump-2')?.counts.failed === 1);
    pump2.drop();
    await waitFor('pump-2 offline', () => ctl.store.device('pump-2')?.health === 'offline');

    const all = await get(ctl, '/api/fleet/clients');
    expect(all.status).toBe(200);
    expect(all.body.map((c: { name: string; health: string }) => [c.name, c.health])).toEqual([
      ['edge-1', 'unknown'],
      ['pump-1', 'online'],
      ['pump-2', 'offline'],
    ]);
    expect(all.body[1]).toMatchObject({
      name: 'pump-1',
      tags: ['lab'],
      workloads: { running: 1, failed: 0, total: 1 },
      cpu_percent: 40,
      mem_percent: 55,
      system: { cpu_percent: 12.5, mem_used_bytes: 1000, mem_total_bytes: 4000 },
    });
    expect(all.body[1].last_seen_ms).toBeGreaterThan(0);
    // Without a heartbeat the status's metrics stand in.
    expect(all.body[2]).toMatchObject({
      workloads: { running: 1, failed: 1, total: 2 },
      cpu_percent: 12.5,
      mem_percent: 25,
    });

    const offline = await get(ctl, '/api/fleet/clients?health=offline');
    expect(offline.body.map((c: { name: string }) => c.name)).toEqual(['pump-2']);
    const lab = await get(ctl, '/api/fleet/clients?tag=lab');
    expect(lab.body.map((c: { name: string }) => c.name)).toEqual(['edge-1', 'pump-1']);
    const bad = await get(ctl, '/api/fleet/clients?health=sleepy');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('MC_ERR_INVALID_ARGUMENT');
  });

  it('shows one device with its snapshot and recent events, newest first', async () => {
    const ctl = await startController(teardown);
    const device = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    for (let i = 0; i < 25; i++) await device.publishEvent({ type: eventTypeOf('started'), workload: 'svc' });
    await waitFor('25 events stored', () => ctl.store.events('pump-1', { limit: 100 }).length === 25);

    const { status, body } = await get(ctl, '/api/fleet/clients/pump-1');
    expect(status).toBe(200);
    expect(body.device).toMatchObject({
      name: 'pump-1',
      health: 'online',
      online: true,
      counts: { running: 1, failed: 0, total: 1 },
    });
    expect(body.device.workloads).toEqual([expect.objectContaining({ name: 'svc', status: 'running' })]);
    expect(body.device.presence).toMatchObject({ online: true });
    expect(body.events).toHaveLength(20);
    expect(body.events[0]).toMatchObject({ device: 'pump-1', seq: 25, type: 'started', workload: 'svc' });
    expect(body.events[19].seq).toBe(6);
    expect((await get(ctl, '/api/fleet/clients/ghost')).status).toBe(404);
  });

  it('pages through events with before_seq and filters them by workload and type', async () => {
    const ctl = await startController(teardown);
    const device = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc', 'job'] });
    await device.publishEvent({ type: eventTypeOf('started'), workload: 'svc' });
    await device.publishEvent({ type: eventTypeOf('exited'), workload: 'svc', exit_code: 0 });
    await device.publishEvent({ type: eventTypeOf('started'), workload: 'job' });
    await device.publishEvent({ type: eventTypeOf('failed'), workload: 'job', exit_code: 2 });
    await device.publishEvent({ type: eventTypeOf('memory_warning'), workload: 'job' });
    await waitFor('5 events stored', () => ctl.store.events('pump-1').length === 5);
    const seqs = (body: Array<{ seq: number }>) => body.map((e) => e.seq);

    const page1 = await get(ctl, '/api/fleet/clients/pump-1/events?limit=2');
    expect(seqs(page1.body)).toEqual([5, 4]);
    const page2 = await get(ctl, '/api/fleet/clients/pump-1/events?limit=2&before_seq=4');
    expect(seqs(page2.body)).toEqual([3, 2]);
    const job = await get(ctl, '/api/fleet/clients/pump-1/events?workload=job');
    expect(seqs(job.body)).toEqual([5, 4, 3]);
    const types = await get(ctl, '/api/fleet/clients/pump-1/events?type=failed&type=exited');
    expect(types.body.map((e: { type: string }) => e.type)).toEqual(['failed', 'exited']);
    expect(types.body[0]).toMatchObject({ exit_code: 2, workload: 'job' });

    const history = await get(ctl, '/api/fleet/clients/pump-1/history');
    expect(history.status).toBe(200);
    expect(seqs(history.body)).toEqual([4, 2]);
    const svcHistory = await get(ctl, '/api/fleet/clients/pump-1/history?workload=svc&limit=5');
    expect(svcHistory.body).toEqual([expect.objectContaining({ seq: 2, type: 'exited', exit_code: 0 })]);
    for (const path of ['events', 'history']) {
      expect((await get(ctl, `/api/fleet/clients/ghost/${path}`)).status).toBe(404);
    }
  });
});
