// The controller's own routes: health, the OpenAPI document (which must describe every
// route), Prometheus metrics, the status page, access rules for reads, and one error shape
// for everything that goes wrong.
import { describe, expect, it } from 'vitest';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { AUTH, startController, TEST_TOKEN } from '../helpers/controller-api-harness.ts';
import { SimDevice } from '../helpers/controller-sim-device.ts';

const teardown = teardownEach();

/** Every route of the API (the seeds' central endpoints included), as the OpenAPI document names them. */
const ROUTES = [
  'GET /api/health',
  'GET /api/fleet/clients',
  'GET /api/fleet/clients/{name}',
  'GET /api/fleet/clients/{name}/history',
  'GET /api/fleet/clients/{name}/events',
  'POST /api/fleet/clients/{name}/workloads/{workload}/start',
  'POST /api/fleet/clients/{name}/workloads/{workload}/stop',
  'POST /api/fleet/clients/{name}/workloads/{workload}/restart',
  'GET /api/fleet/clients/{name}/workloads/{workload}/logs',
  'GET /api/fleet/clients/{name}/workloads/{workload}',
  'POST /api/fleet/clients/{name}/reload',
  'GET /api/devices',
  'POST /api/devices',
  'POST /api/devices/{name}/rotate',
  'DELETE /api/devices/{name}',
  'GET /api/audit',
  'GET /api/openapi.json',
  'GET /api/live',
  'GET /metrics',
  'GET /',
];

/**
 * Checks the Prometheus text exposition format line by line (comments, then samples of
 * declared metrics) and returns the samples.
 */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  const declared = new Set<string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const comment = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
    if (comment) {
      if (comment[1] === 'TYPE') {
        expect(comment[3]).toMatch(/^(counter|gauge|histogram|summary|untyped)$/);
        declared.add(comment[2] ?? '');
      }
      continue;
    }
    const sample =
      /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"]*"(,[a-zA-Z_][a-zA-Z0-9_]*="[^"]*")*\})? (\S+)$/.exec(
        line,
      );
    if (!sample) throw new Error(`not a Prometheus line: ${line}`);
    const name = sample[1] ?? '';
    const family = name.replace(/_(bucket|sum|count)$/, '');
    expect(declared.has(name) || declared.has(family), `${name} has a # TYPE`).toBe(true);
    const value = Number(sample[4] === '+Inf' ? Number.POSITIVE_INFINITY : sample[4]);
    expect(Number.isNaN(value), line).toBe(false);
    samples.set(`${name}${sample[2] ?? ''}`, value);
  }
  return samples;
}

describe('system routes', () => {
  it('reports health without a token, with device counts and broker clients', async () => {
    const ctl = await startController(teardown, { config: { readAuth: 'token' } });
    await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    await waitFor('pump-1 online', () => ctl.store.device('pump-1')?.health === 'online');
    const res = await ctl.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ok: true,
      version: '0.0.0-test',
      devices: { online: 1, stale: 0, offline: 0, unknown: 0, total: 1 },
      // The controller's own client and the device.
      broker: { clients: 2 },
    });
  });

  it('describes every route in /api/openapi.json, with schemas and the bearer scheme', async () => {
    const ctl = await startController(teardown);
    const res = await ctl.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual([...ROUTES].sort());
    const start = doc.paths['/api/fleet/clients/{name}/workloads/{workload}/start'].post;
    expect(start.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(start.responses)).toEqual(expect.arrayContaining(['200', '4XX', '5XX']));
    expect(doc.paths['/api/health'].get.security).toEqual([]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['DeviceSnapshot', 'ErrorBody', 'StoredEvent', 'AuditEntry']),
    );
  });

  it('serves Prometheus metrics that parse and cover fleet, commands, store, broker and event loop', async () => {
    const ctl = await startController(teardown);
    await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc', 'job'] });
    await waitFor('pump-1 with two workloads', () => ctl.store.device('pump-1')?.workloads.length === 2);
    await ctl.app.inject({
      method: 'POST',
      url: '/api/fleet/clients/pump-1/workloads/svc/stop',
      headers: AUTH,
    });
    // The first scrape starts the event-loop sampler; a later one reports what it measured.
    const res = await waitFor('a scrape with event-loop samples', async () => {
      const scrape = await ctl.app.inject({ url: '/metrics' });
      return scrape.body.includes('mc_event_loop_lag_seconds{quantile="0.99"}') ? scrape : undefined;
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheus(res.body);
    expect(samples.get('mc_devices{health="online"}')).toBe(1);
    expect(samples.get('mc_devices{health="offline"}')).toBe(0);
    expect(samples.get('mc_workloads{status="running"}')).toBe(1);
    expect(samples.get('mc_workloads{status="stopped"}')).toBe(1);
    expect(samples.get('mc_messages_ingested_total')).toBeGreaterThan(0);
    expect(samples.get('mc_messages_rejected_total')).toBe(0);
    expect(samples.get('mc_commands_sent_total{action="stop"}')).toBe(1);
    expect(samples.get('mc_command_replies_total{action="stop",outcome="ok"}')).toBe(1);
    expect(samples.get('mc_command_latency_seconds_bucket{le="30",action="stop"}')).toBe(1);
    expect(samples.get('mc_command_latency_seconds_bucket{le="0.001",action="stop"}')).toBeDefined();
    expect(samples.get('mc_broker_clients')).toBe(2);
    expect(samples.get('mc_store_bytes')).toBeGreaterThan(0);
    expect(samples.get('mc_event_loop_lag_seconds{quantile="0.99"}')).toBeGreaterThan(0);
    expect(samples.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(samples.get('mc_live_connections')).toBe(0);
  });

  it('needs the token for reads, metrics and the live feed when read_auth is token', async () => {
    const ctl = await startController(teardown, { config: { readAuth: 'token' } });
    for (const url of ['/api/fleet/clients', '/api/devices', '/api/audit', '/metrics', '/api/live']) {
      const res = await ctl.app.inject({ url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('MC_ERR_UNAUTHORIZED');
      expect((await ctl.app.inject({ url, headers: AUTH })).statusCode, url).not.toBe(401);
    }
    // The token in the query string is for WebSocket clients only.
    const query = await ctl.app.inject({ url: `/api/fleet/clients?token=${TEST_TOKEN}` });
    expect(query.statusCode).toBe(401);
    expect((await ctl.app.inject({ url: '/api/openapi.json' })).statusCode).toBe(200);
  });

  it('serves a plain status page at / with device counts and links', async () => {
    const ctl = await startController(teardown);
    await ctl.registry.add('edge-1', { brokerUrls: [ctl.mqttUrl] });
    const res = await ctl.app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<th>unknown</th><td>1</td>');
    for (const link of ['/api/fleet/clients', '/metrics', '/api/openapi.json']) {
      expect(res.body).toContain(`href="${link}"`);
    }
  });

  it('answers every failure as {error: {code, message}} with the code’s status', async () => {
    const ctl = await startController(teardown);
    const missing = await ctl.app.inject({ url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({
      error: { code: 'MC_ERR_NOT_FOUND', message: 'no route GET /api/nothing-here' },
    });
    const badQuery = await ctl.app.inject({ url: '/api/audit?limit=0' });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error.code).toBe('MC_ERR_INVALID_ARGUMENT');
    const badJson = await ctl.app.inject({
      method: 'POST',
      url: '/api/devices',
      headers: { ...AUTH, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe('MC_ERR_INVALID_ARGUMENT');
  });
});
