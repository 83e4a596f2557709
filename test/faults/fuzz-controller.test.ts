// R5, bad input to the controller: a real controller process gets seeded fuzzed HTTP requests
// on every route its OpenAPI document lists (hostile path parameters, broken query strings,
// random and malformed JSON bodies, wrong content types and methods, huge bodies, missing
// and wrong tokens), raw malformed HTTP, and garbage on the live WebSocket. It must never
// answer 5xx, every refusal must carry an MC_ERR_* code and a message, it must stay up with
// bounded memory, and the live feed must still work for the next client. A registered
// device sending fuzzed telemetry on its own topics gets each refusal counted and logged.
import { connect } from 'node:net';
import fc from 'fast-check';
import { connectAsync } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { decodeTopic, encode } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren } from '../helpers/child.ts';
import { type ControllerProcess, startControllerProcess, TOKEN } from '../helpers/deploy-real-fleet.ts';
import { rssBytes } from '../helpers/faults-fleet.ts';
import { FUZZ_SEED, fuzzPayloads } from '../helpers/faults-payloads.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());

const REQUESTS = Number(process.env.MC_FUZZ_HTTP ?? 10_000);
const FRAMES = Number(process.env.MC_FUZZ_WS ?? 2000);
const PARALLEL = 8;
const TELEMETRY = Number(process.env.MC_FUZZ_TELEMETRY ?? 20_000);

let ctl: ControllerProcess;
let routes: Array<{ method: string; path: string }>;

beforeAll(async () => {
  ctl = await startControllerProcess(teardown);
  const spec = (await ctl.api<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json'))
    .body;
  routes = Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
  expect(routes.length).toBeGreaterThan(15);
}, 60_000);

const hostileSegment = fc.oneof(
  fc.constantFrom(
    '..',
    '..%2f..%2fetc%2fpasswd',
    '%2e%2e',
    '%C3%28',
    '%FF%FE',
    '%00',
    '%',
    '%%',
    'a'.repeat(5000),
    'CON',
    'x;rm -rf /',
    '__proto__',
    'constructor',
    'e2e-1',
  ),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/),
);
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?limit=-1',
    '?limit=abc',
    '?limit=1e309',
    '?limit=99999999999',
    '?before_seq=-5',
    '?type=&type=%FF',
  ),
  fc
    .array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })), { maxLength: 4 })
    .map(
      (pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
    ),
);
const body = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.jsonValue().map((v) => ({ type: 'application/json', data: JSON.stringify(v) ?? 'null' })),
  },
  {
    weight: 2,
    arbitrary: fc
      .dictionary(
        fc.constantFrom(
          'name',
          'version',
          'tags',
          'batch_size',
          'target_clients',
          'command',
          'device',
          'files',
        ),
        fc.oneof(fc.jsonValue(), fc.constant('../../x'), fc.constant(-1), fc.constant(1e308)),
      )
      .map((v) => ({ type: 'application/json', data: JSON.stringify(v) })),
  },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 200 }).map((s) => ({ type: 'application/json', data: `{${s}` })),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => ({ type: 'text/plain', data: Buffer.from(b) })),
  },
  {
    weight: 1,
    arbitrary: fc.constant({ type: 'application/json', data: `${'['.repeat(20_000)}${']'.repeat(20_000)}` }),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const request = fc.record({
  route: fc.nat(),
  wrongMethod: fc.option(fc.constantFrom('PUT', 'PATCH', 'DELETE', 'POST', 'GET'), { freq: 8 }),
  segments: fc.array(hostileSegment, { minLength: 3, maxLength: 3 }),
  query,
  body,
  auth: fc.constantFrom('token', 'token', 'token', 'token', 'none', 'wrong'),
});

describe(`the controller under fuzzed input (seed ${FUZZ_SEED})`, () => {
  it(`answers ${REQUESTS} fuzzed HTTP requests on every route with 4xx and an MC_ERR_* reason, never 5xx`, async () => {
    const pid = ctl.child.process.pid as number;
    const rssBefore = rssBytes(pid);
    const samples = fc.sample(request, { seed: FUZZ_SEED, numRuns: REQUESTS });
    // A few huge bodies (over the 1 MiB default body limit, and over the release limit).
    samples.push(
      ...[2, 20].map((mb) => ({
        route: routes.findIndex((r) => r.method === 'POST'),
        wrongMethod: null,
        segments: ['a', 'b', 'c'],
        query: '',
        body: { type: 'application/json', data: `{"x":"${'y'.repeat(mb << 20)}"}` },
        auth: 'token' as const,
      })),
    );
    const statuses = new Map<number, number>();
    const bad: string[] = [];
    const send = async (s: (typeof samples)[number]) => {
      const route = routes[s.route % routes.length] as { method: string; path: string };
      let i = 0;
      const path = route.path.replace(/\{[^}]+\}|:[a-z_]+/g, () => s.segments[i++ % 3] as string) + s.query;
      const method = s.wrongMethod ?? route.method;
      const headers: Record<string, string> = {};
      if (s.auth === 'token') headers.authorization = `Bearer ${TOKEN}`;
      if (s.auth === 'wrong') headers.authorization = 'Bearer wrong-token-0123456789abcdef';
      const withBody = s.body !== undefined && method !== 'GET' && method !== 'HEAD';
      const huge = typeof s.body?.data === 'string' && s.body.data.length > 1 << 20;
      if (withBody && s.body) headers['content-type'] = s.body.type;
      let res: Response;
      try {
        res = await fetch(`${ctl.http}${path}`, {
          method,
          headers,
          ...(withBody && s.body ? { body: s.body.data } : {}),
          signal: AbortSignal.timeout(30_000),
        });
      } catch (err) {
        // Node's fetch refuses some URLs itself (e.g. a bare '%'): not the controller's doing.
        if (err instanceof TypeError && /URL|url/.test(String(err.message))) return;
        // A body far over the limit: the server answers 413 and closes while the client is
        // still sending, which the client may see as a reset instead of the answer.
        const cause = (err as { cause?: { code?: string } }).cause?.code;
        if (huge && (cause === 'ECONNRESET' || cause === 'EPIPE' || cause === 'UND_ERR_SOCKET')) return;
        bad.push(`${method} ${path.slice(0, 120)}: ${String(err)}`);
        return;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const text = await res.text();
      if (res.status >= 500)
        bad.push(`${method} ${path.slice(0, 120)} → ${res.status} ${text.slice(0, 300)}`);
      if (res.status >= 400) {
        try {
          const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
          if (!/^MC_ERR_/.test(parsed.error?.code ?? '') || !parsed.error?.message)
            throw new Error('no reason');
        } catch {
          bad.push(
            `${method} ${path.slice(0, 120)} → ${res.status} without an MC_ERR_* reason: ${text.slice(0, 200)}`,
          );
        }
      }
    };
    for (let i = 0; i < samples.length; i += PARALLEL)
      await Promise.all(samples.slice(i, i + PARALLEL).map(send));

    // Raw HTTP the fetch client would never send.
    const port = Number(new URL(ctl.http).port);
    const raw = [
      Buffer.from('GET /api/fleet/clients/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1'),
      Buffer.from('GARBAGE\r\n\r\n'),
      Buffer.from(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`),
      Buffer.from('POST /api/devices HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n{'),
      Buffer.from('POST /api/devices HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'),
      Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00]), // a TLS ClientHello on plain HTTP
    ];
    for (const bytes of raw) {
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
        socket.on('data', () => undefined);
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        socket.setTimeout(15_000, () => socket.destroy());
      });
    }

    // Errors of Fastify's router (before any route runs) have the API's error shape too.
    const auth = { authorization: `Bearer ${TOKEN}` };
    const badUrl = await fetch(`${ctl.http}/api/fleet/clients/%C3%28`, { headers: auth });
    expect([badUrl.status, ((await badUrl.json()) as { error: { code: string } }).error.code]).toEqual([
      400,
      'MC_ERR_INVALID_ARGUMENT',
    ]);
    const longName = await fetch(`${ctl.http}/api/devices/${'a'.repeat(5000)}`, {
      method: 'DELETE',
      headers: auth,
    });
    const longBody = (await longName.json()) as { error: { code: string; message: string } };
    expect(longBody.error.code, longBody.error.message).toBe('MC_ERR_INVALID_NAME');

    const health = await fetch(`${ctl.http}/api/health`);
    expect(health.status).toBe(200);
    expect(ctl.child.process.exitCode).toBeNull();
    const rssAfter = rssBytes(pid);
    console.info(
      `fuzz http: ${samples.length} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; controller RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rssAfter / 2 ** 20).toFixed(0)} MiB`,
    );
    expect(bad.slice(0, 20)).toEqual([]);
    expect(rssAfter).toBeLessThan(rssBefore + 200 * 2 ** 20);
  }, 240_000);

  it(`counts and logs ${TELEMETRY} fuzzed telemetry messages from a registered device, with reasons`, async () => {
    const name = 'fz-telemetry';
    const reg = await ctl.api<{ password: string }>('POST', '/api/devices', { name });
    expect(reg.status).toBe(201);
    const device = await connectAsync(ctl.mqtt, {
      protocolVersion: 4,
      clientId: `mc-dev-${name}`,
      username: name,
      password: reg.body.password,
      reconnectPeriod: 0,
    });
    teardown.add('fuzzing device', () => device.endAsync(true));
    const rejected = async () => {
      const res = await fetch(`${ctl.http}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const line = (await res.text()).split('\n').find((l) => l.startsWith('mc_messages_rejected_total'));
      return Number(line?.split(' ').at(-1) ?? Number.NaN);
    };
    const before = await rejected();
    const pid = ctl.child.process.pid as number;
    const rssBefore = rssBytes(pid);
    const own = [
      topics.status(name),
      topics.presence(name),
      topics.workload(name, 'w'),
      topics.events(name),
      topics.heartbeat(name),
    ];
    const bases = [
      encode('status', { device: name, seq: 3 } as never),
      encode('presence', { online: true } as never),
      encode('workload', { name: 'w', status: 3, pid: 10 } as never),
      encode('events', { seq: 4, type: 1, message: 'x' } as never),
      encode('heartbeat', { seq: 9 } as never),
    ];
    let undecodable = 0;
    const payloads = fuzzPayloads(bases, TELEMETRY, FUZZ_SEED + 4);
    for (const [i, payload] of payloads.entries()) {
      const topic = own[i % own.length] as string;
      if (!decodeTopic(topic, payload).ok) undecodable++;
      device.publish(topic, Buffer.from(payload), { qos: 0 });
    }
    // A QoS 1 message after them: the broker has passed every earlier one on.
    await device.publishAsync(
      topics.events(name),
      Buffer.from(encode('events', { seq: 1e6, message: 'end' } as never)),
      {
        qos: 1,
      },
    );
    await expect
      .poll(rejected, { timeout: 20_000, interval: 200 })
      .toBeGreaterThanOrEqual(before + undecodable);
    const count = (await rejected()) - before;
    // Exactly the undecodable ones (the store refuses nothing that decodes, here).
    expect(count).toBe(undecodable);
    expect(ctl.child.stderr()).toMatch(/"reason":"[^"]+".*"msg":"telemetry message refused"/);
    expect((await ctl.api('GET', `/api/fleet/clients/${name}`)).status).toBe(200);
    expect(ctl.child.process.exitCode).toBeNull();
    const rssAfter = rssBytes(pid);
    console.info(
      `fuzz telemetry: ${payloads.length} messages, ${undecodable} undecodable, ${count} refused by the store; controller RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rssAfter / 2 ** 20).toFixed(0)} MiB`,
    );
    expect(rssAfter).toBeLessThan(rssBefore + 160 * 2 ** 20);
  }, 120_000);

  it(`keeps the live feed working after ${FRAMES} garbage frames, invalid UTF-8 and oversized frames`, async () => {
    const url = `${ctl.http.replace('http', 'ws')}/api/live?token=${TOKEN}`;
    const open = async (): Promise<{ ws: WebSocket; first: Promise<string>; closed: Promise<number> }> => {
      const ws = new WebSocket(url);
      teardown.add('live socket', () => ws.terminate());
      const first = new Promise<string>((resolve) => ws.once('message', (d) => resolve(String(d))));
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      return { ws, first, closed };
    };
    const garbage = await open();
    expect(JSON.parse(await garbage.first).type).toBe('snapshot');
    const frames = fc.sample(
      fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
        fc.string({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
      ),
      { seed: FUZZ_SEED, numRuns: FRAMES },
    );
    for (const frame of frames) garbage.ws.send(frame);
    // Invalid UTF-8 in a text frame: the server must close with 1007, not crash.
    garbage.ws.send(Buffer.from([0xc3, 0x28, 0xff]), { binary: false });
    expect(await garbage.closed).toBe(1007);

    const huge = await open();
    await huge.first;
    huge.ws.send(Buffer.alloc(8 << 20, 1));
    const code = await huge.closed;
    expect([1006, 1009]).toContain(code);

    const next = await open();
    expect(JSON.parse(await next.first).type).toBe('snapshot');
    expect(ctl.child.process.exitCode).toBeNull();
  }, 120_000);
});
