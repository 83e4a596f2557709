// The API and the live feed against a real device daemon process (`mctl up` with a fleet:
// block) on the controller's broker: commands come back with the daemon's own replies, and
// when a workload process is killed the feed shows the crash and the restart, in order.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { LiveDelta, LiveMessage } from '../../controller/live/messages.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { killAllChildren } from '../helpers/child.ts';
import { AUTH, startController } from '../helpers/controller-api-harness.ts';
import { daemonFixture } from '../helpers/fleet-daemon.ts';

const teardown = teardownEach();
afterEach(() => killAllChildren());
const D = 'box-1';

async function controllerWithDaemon() {
  const ctl = await startController(teardown, { config: { commandTimeoutMs: 5_000 } });
  const fixture = daemonFixture(teardown, { device: D, brokerUrl: ctl.mqttUrl, workloads: ['svc'] });
  await fixture.up();
  await waitFor(
    'the daemon online with svc running',
    () => {
      const device = ctl.store.device(D);
      return device?.health === 'online' && device.workloads[0]?.status === 'running';
    },
    15_000,
  );
  return ctl;
}

describe('controller with a real device daemon', () => {
  it('runs workload commands on the daemon and answers with its replies', async () => {
    const ctl = await controllerWithDaemon();
    const post = (url: string) => ctl.app.inject({ method: 'POST', url, headers: AUTH });
    const before = ctl.store.device(D)?.workloads[0]?.pid;

    const restart = await post(`/api/fleet/clients/${D}/workloads/svc/restart`);
    expect(restart.statusCode).toBe(200);
    expect(restart.json().workload).toMatchObject({ name: 'svc', status: 'running' });
    expect(restart.json().workload.pid).not.toBe(before);

    const logs = await ctl.app.inject({ url: `/api/fleet/clients/${D}/workloads/svc/logs?lines=5` });
    expect(logs.json().logs.lines).toContain('hello from svc');
    const detail = await ctl.app.inject({ url: `/api/fleet/clients/${D}/workloads/svc` });
    expect(detail.json().detail.runs.length).toBeGreaterThanOrEqual(1);

    const stop = await post(`/api/fleet/clients/${D}/workloads/svc/stop`);
    expect(stop.json().workload.status).toBe('stopped');
    const reload = await ctl.app.inject({
      method: 'POST',
      url: `/api/fleet/clients/${D}/reload`,
      headers: { ...AUTH, 'content-type': 'application/json' },
      payload: '',
    });
    expect(reload.statusCode).toBe(200);
    expect(reload.json().reload).toMatchObject({ unchanged: ['svc'] });
    const missing = await post(`/api/fleet/clients/${D}/workloads/nope/start`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('MC_ERR_NOT_FOUND');

    // The stop reached the store through the daemon's own retained state.
    await waitFor('svc stopped in the store', () => ctl.store.device(D)?.workloads[0]?.status === 'stopped');
    expect(ctl.store.auditLog({ device: D, limit: 10 }).map((e) => [e.action, e.ok])).toEqual([
      ['start', false],
      ['reload', true],
      ['stop', true],
      ['status', true],
      ['logs', true],
      ['restart', true],
    ]);
  });

  it('shows a killed workload on the live feed: snapshot, then the crash and the restart in order', async () => {
    const ctl = await controllerWithDaemon();
    const base = (await ctl.app.listen({ host: '127.0.0.1', port: 0 })).replace(/^http/, 'ws');
    const socket = new WebSocket(`${base}/api/live`);
    teardown.add('live socket', () => socket.close());
    const messages: LiveMessage[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    await waitFor('the snapshot', () => messages.length > 0);
    const snapshot = messages[0];
    if (snapshot?.type !== 'snapshot') throw new Error(`first message is ${snapshot?.type}`);
    const svc = snapshot.devices.find((d) => d.name === D)?.workloads.find((w) => w.name === 'svc');
    expect(svc?.status).toBe('running');
    const pid = Number(svc?.pid);
    expect(pid).toBeGreaterThan(0);

    process.kill(pid, 'SIGKILL');
    const deltas = (): LiveDelta[] =>
      messages.slice(1).flatMap((m) => (m.type === 'batch' ? m.messages : m.type === 'snapshot' ? [] : [m]));
    const svcStates = () =>
      deltas().flatMap((d) => (d.type === 'workload' && d.name === 'svc' && d.workload ? [d.workload] : []));
    await waitFor(
      'svc running again with a new pid',
      () => svcStates().some((w) => w.status === 'running' && w.pid !== pid),
      15_000,
    );
    const events = deltas().flatMap((d) => (d.type === 'events' ? d.events : []));
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const crash = events.findIndex((e) => e.workload === 'svc' && e.signal === 'SIGKILL');
    expect(crash, JSON.stringify(events)).toBeGreaterThanOrEqual(0);
    const restart = events.findIndex(
      (e, i) => i > crash && e.workload === 'svc' && (e.type === 'restarted' || e.type === 'started'),
    );
    expect(restart, JSON.stringify(events)).toBeGreaterThan(crash);
    // The state that reports the kill comes before the state that reports the new process.
    const states = svcStates();
    const killed = states.findIndex((w) => w.last_signal === 'SIGKILL');
    const runningAgain = states.findIndex((w) => w.status === 'running' && w.pid !== pid);
    expect(killed).toBeGreaterThanOrEqual(0);
    expect(runningAgain).toBeGreaterThanOrEqual(killed);
  });
});
