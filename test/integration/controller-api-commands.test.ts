// Commands through the HTTP API reach a device over the real broker and come back with the
// device's Reply; every one is authorised, audited and counted, and a device that cannot
// answer gives a 504 that says what happens to the command.
import { describe, expect, it } from 'vitest';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { AUTH, type ControllerHarness, startController } from '../helpers/controller-api-harness.ts';
import { SimDevice } from '../helpers/controller-sim-device.ts';

const teardown = teardownEach();

async function withOnlineDevice(
  opts: Parameters<typeof startController>[1] = {},
): Promise<{ ctl: ControllerHarness; device: SimDevice }> {
  const ctl = await startController(teardown, opts);
  const device = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
  await waitFor('the store to see pump-1 online with its workload', () => {
    const d = ctl.store.device('pump-1');
    return d?.health === 'online' && d.workloads.length === 1;
  });
  return { ctl, device };
}

describe('workload commands over the API', () => {
  it('refuses a mutation without the bearer token, or with a wrong one, before anything is sent', async () => {
    const { ctl, device } = await withOnlineDevice();
    const url = '/api/fleet/clients/pump-1/workloads/svc/restart';
    const missing = await ctl.app.inject({ method: 'POST', url });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('MC_ERR_UNAUTHORIZED');
    const wrong = await ctl.app.inject({ method: 'POST', url, headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    const basic = await ctl.app.inject({ method: 'POST', url, headers: { authorization: 'Basic abc' } });
    expect(basic.statusCode).toBe(401);
    expect(device.received).toEqual([]);
    expect(ctl.store.auditLog({ limit: 10 })).toEqual([]);
  });

  it('answers with the device’s reply, audits the command and counts it in the metrics', async () => {
    const { ctl, device } = await withOnlineDevice();
    await device.setWorkload('svc', 'stopped');
    const res = await ctl.app.inject({
      method: 'POST',
      url: '/api/fleet/clients/pump-1/workloads/svc/start',
      headers: AUTH,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ device: 'pump-1', ok: true, result: 'workload' });
    expect(body.workload).toMatchObject({ name: 'svc', status: 'running', last_exit_code: null });
    expect(body.command_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.latency_ms).toBeGreaterThanOrEqual(0);
    expect(device.received).toEqual(['start']);

    const [entry] = ctl.store.auditLog({ limit: 10 });
    expect(entry).toMatchObject({
      actor: 'operator',
      device: 'pump-1',
      action: 'start',
      args: { workload: 'svc' },
      ok: true,
      error: null,
    });
    expect(entry?.latency_ms).toBeGreaterThanOrEqual(0);
    const metrics = await ctl.metrics.render();
    expect(metrics).toContain('mc_commands_sent_total{action="start"} 1');
    expect(metrics).toContain('mc_command_replies_total{action="start",outcome="ok"} 1');
    expect(metrics).toMatch(/mc_command_latency_seconds_count\{action="start"\} 1/);
  });

  it('stops and restarts, reads logs and status, and reloads, each with the matching result', async () => {
    const { ctl, device } = await withOnlineDevice();
    const post = (url: string) => ctl.app.inject({ method: 'POST', url, headers: AUTH });
    const stop = await post('/api/fleet/clients/pump-1/workloads/svc/stop');
    expect(stop.json().workload.status).toBe('stopped');
    const restart = await post('/api/fleet/clients/pump-1/workloads/svc/restart');
    expect(restart.json().workload.status).toBe('running');

    const logs = await ctl.app.inject({ url: '/api/fleet/clients/pump-1/workloads/svc/logs?lines=3' });
    expect(logs.statusCode).toBe(200);
    expect(logs.json()).toMatchObject({ result: 'logs', logs: { workload: 'svc' } });
    expect(logs.json().logs.lines).toEqual(['svc line 1', 'svc line 2', 'svc line 3']);

    const status = await ctl.app.inject({ url: '/api/fleet/clients/pump-1/workloads/svc' });
    expect(status.statusCode).toBe(200);
    expect(status.json().detail.state).toMatchObject({ name: 'svc', status: 'running' });
    expect(status.json().detail.runs).toHaveLength(1);

    const reload = await post('/api/fleet/clients/pump-1/reload');
    expect(reload.json().reload).toEqual({ added: [], removed: [], updated: [], unchanged: ['svc'] });
    expect(device.received).toEqual(['stop', 'restart', 'logs', 'status', 'reload']);
    expect(ctl.store.auditLog({ limit: 10 }).map((e) => e.action)).toEqual([
      'reload',
      'status',
      'logs',
      'restart',
      'stop',
    ]);
  });

  it('turns an error reply into its code’s HTTP status', async () => {
    const { ctl } = await withOnlineDevice();
    const res = await ctl.app.inject({
      method: 'POST',
      url: '/api/fleet/clients/pump-1/workloads/nope/start',
      headers: AUTH,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'MC_ERR_NOT_FOUND', message: 'no workload named nope' } });
    const [entry] = ctl.store.auditLog({ limit: 1 });
    expect(entry).toMatchObject({ ok: false, error: 'MC_ERR_NOT_FOUND: no workload named nope' });
    expect(await ctl.metrics.render()).toContain(
      'mc_command_replies_total{action="start",outcome="error"} 1',
    );
  });

  it('answers 404 for a device neither the store nor the registry knows, and 400 for a bad name', async () => {
    const ctl = await startController(teardown);
    const unknown = await ctl.app.inject({
      method: 'POST',
      url: '/api/fleet/clients/ghost/workloads/svc/start',
      headers: AUTH,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toEqual({ code: 'MC_ERR_NOT_FOUND', message: 'unknown device ghost' });
    const badName = await ctl.app.inject({
      method: 'POST',
      url: '/api/fleet/clients/Bad.Name/workloads/svc/start',
      headers: AUTH,
    });
    expect(badName.statusCode).toBe(400);
    expect(badName.json().error.code).toBe('MC_ERR_INVALID_NAME');
    expect(ctl.store.auditLog({ limit: 10 })).toEqual([]);
  });

  it('gives 504 for an offline device, saying since when and until when the command stays queued', async () => {
    const ctl = await startController(teardown, { config: { commandTimeoutMs: 300 } });
    const first = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    await waitFor('pump-1 online', () => ctl.store.device('pump-1')?.health === 'online');
    first.drop();
    await waitFor(
      'pump-1 offline from its Last Will',
      () => ctl.store.device('pump-1')?.health === 'offline',
    );

    const res = await ctl.app.inject({
      method: 'POST',
      url: '/api/fleet/clients/pump-1/workloads/svc/restart',
      headers: AUTH,
    });
    expect(res.statusCode).toBe(504);
    const { error } = res.json();
    expect(error.code).toBe('MC_ERR_TIMEOUT');
    const since = new Date(ctl.store.device('pump-1')?.health_since_ms ?? 0).toISOString();
    expect(error.message).toMatch(
      new RegExp(
        `^device pump-1 is offline since ${since}; the command is queued until \\d{4}-\\d\\d-\\d\\dT`,
      ),
    );
    const [entry] = ctl.store.auditLog({ limit: 1 });
    expect(entry).toMatchObject({ action: 'restart', ok: false });
    expect(entry?.error).toMatch(/^MC_ERR_TIMEOUT: /);
    expect(await ctl.metrics.render()).toContain(
      'mc_command_failures_total{action="restart",code="MC_ERR_TIMEOUT"} 1',
    );

    // The persistent session kept the command: the device acts on it when it comes back.
    const back = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    await waitFor('the queued restart to reach pump-1', () => back.received.includes('restart'));
  });

  it('words the 504 for a stale device with the last time it was heard from', async () => {
    const ctl = await startController(teardown, { config: { commandTimeoutMs: 300 }, staleAfterMs: 200 });
    const device = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    await waitFor('pump-1 online', () => ctl.store.device('pump-1')?.health === 'online');
    await device.client.unsubscribeAsync('mc/pump-1/cmd');
    // No heartbeats: the store's health check (the controller runs it on a timer) finds it stale.
    await waitFor('pump-1 stale', () => {
      ctl.store.checkHealth();
      return ctl.store.device('pump-1')?.health === 'stale';
    });
    const res = await ctl.app.inject({
      method: 'POST',
      url: '/api/fleet/clients/pump-1/workloads/svc/stop',
      headers: AUTH,
    });
    expect(res.statusCode).toBe(504);
    const lastSeen = new Date(ctl.store.device('pump-1')?.last_seen_ms ?? 0).toISOString();
    expect(res.json().error.message).toMatch(
      new RegExp(
        `^device pump-1 is stale \\(nothing heard since ${lastSeen}\\); the command is queued until `,
      ),
    );
  });

  it('says so when an online device does not answer in time', async () => {
    const ctl = await startController(teardown, { config: { commandTimeoutMs: 300 } });
    const device = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    await waitFor('pump-1 online', () => ctl.store.device('pump-1')?.health === 'online');
    // Still online to the store, but no longer listening for commands.
    await device.client.unsubscribeAsync('mc/pump-1/cmd');
    const res = await ctl.app.inject({ url: '/api/fleet/clients/pump-1/workloads/svc/logs' });
    expect(res.statusCode).toBe(504);
    expect(res.json().error.message).toBe(
      'device pump-1 is online but did not answer within 300 ms; try again',
    );
  });
});
