// The deploy benchmark's simulated devices (bench/sim/desired.ts) must follow releases as the
// daemon does, or `npm run bench -- deploy` measures nothing: 6 simulated devices in one
// simulator process against a real controller take a release in batches (fetch the retained
// bundle, verify its sha256, report release + generation), and refuse a corrupted bundle on
// the bus, which the controller's health gate sees and rolls back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { simDeviceName } from '../../bench/sim/options.ts';
import type { SimReport } from '../../bench/sim/report.ts';
import { controllerConfigFrom } from '../../controller/config/load.ts';
import { Controller } from '../../controller/controller.ts';
import type { Deployment } from '../../controller/deploy/types.ts';
import { decode, encode } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';
import { testLogger } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { killAllChildren, runChild } from '../helpers/child.ts';

const teardown = teardownEach();
afterEach(() => killAllChildren());
const TOKEN = 'deploy-sim-operator-token-012345';
const N = 6;
const NAMES = Array.from({ length: N }, (_, i) => simDeviceName('sim-', i));

async function start() {
  const dir = mkdtempSync(join(tmpdir(), 'mc-deploy-sim-'));
  teardown.add('temp dir', () => rmSync(dir, { recursive: true, force: true }));
  const config = controllerConfigFrom(
    { port: 0, data_dir: 'data', api_token: TOKEN, broker: { mqtt_port: 0, websocket: false } },
    dir,
  );
  const controller = new Controller({ config, logger: testLogger(), version: '0.0.0-test' });
  const addresses = await controller.start();
  teardown.add('controller', () => controller.stop());
  const { registry, store } = controller;
  if (!registry || !store || !addresses.mqtt || !addresses.http) throw new Error('controller not started');
  const lines: string[] = [];
  for (const name of NAMES) {
    lines.push(`${name} ${(await registry.add(name, { brokerUrls: [addresses.mqtt] })).password}`);
  }
  const credentials = join(dir, 'credentials');
  writeFileSync(credentials, `${lines.join('\n')}\n`, { mode: 0o600 });
  const sim = runChild(process.execPath, [
    '--import',
    'tsx',
    'bench/sim/main.ts',
    ...['--broker', addresses.mqtt, '--devices', String(N), '--credentials', credentials],
    ...['--workloads', '3', '--heartbeat', '1', '--churn-state', '0', '--churn-reconnect', '0'],
    ...['--report', '0.2'],
  ]);
  await waitFor(
    `${N} simulated devices online`,
    () => NAMES.every((n) => store.device(n)?.health === 'online' && store.device(n)?.workloads.length === 3),
    20_000,
  );
  const http = addresses.http;
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${http}${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const parsed = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(parsed)}`);
    return parsed;
  };
  const upload = (version: string) =>
    api('POST', '/api/releases', {
      version,
      files: [
        {
          path: 'app.yaml',
          content_base64: Buffer.from('name: app\ntype: service\ncommand: [sleep, "1000"]\n').toString(
            'base64',
          ),
        },
      ],
    });
  const ended = async (id: string): Promise<Deployment> => {
    let d: Deployment | undefined;
    await waitFor(
      `deployment ${id} to end`,
      async () => {
        d = await api<Deployment>('GET', `/api/fleet/deployments/${id}`);
        return /^(completed|failed|rolled_back|cancelled)$/.test(d.status);
      },
      20_000,
    );
    return d as Deployment;
  };
  /** The simulator's latest report (a fresh one each 0.2 s). */
  const report = (): SimReport | undefined => {
    const line = sim.lines.findLast((l) => l.includes('"type":"report"'));
    return line ? (JSON.parse(line) as SimReport) : undefined;
  };
  const status = (name: string) => store.device(name)?.status ?? {};
  return { addresses, api, upload, ended, report, status };
}

describe('simulated devices following releases (bench/sim/desired.ts)', () => {
  it('take a release batch by batch, and refuse a corrupted bundle, which is rolled back', async () => {
    const s = await start();
    await s.upload('r1');
    const first = await s.api<Deployment>('POST', '/api/fleet/deployments', {
      version: 'r1',
      target_clients: NAMES,
      batch_size: 3,
      min_healthy_time: 0.3,
      health_check_timeout: 10,
    });
    const done = await s.ended(first.id);
    expect(done.status, JSON.stringify(done.devices)).toBe('completed');
    for (const name of NAMES) {
      expect(s.status(name)).toMatchObject({ release: 'r1', desired_generation: 1, release_error: '' });
    }
    await waitFor('the simulator to count 6 switches', () => s.report()?.desired.switched === N, 5000);
    expect(s.report()?.desired).toMatchObject({ desired: N, bundles: N, refused: 0 });

    // A corrupted copy of r2 on the broker: one byte of content changed, sha256 kept.
    await s.upload('r2');
    const op = await connectAsync(s.addresses.mqtt as string, {
      clientId: 'deploy-sim-operator',
      username: 'operator',
      password: TOKEN,
      protocolVersion: 4,
      reconnectPeriod: 0,
    });
    teardown.add('operator client', () => op.endAsync(true));
    const original = new Promise<Buffer>((resolve) => op.on('message', (_t, payload) => resolve(payload)));
    await op.subscribeAsync(topics.release('r2'), { qos: 1 });
    const decoded = decode('release', await original);
    if (!decoded.ok) throw decoded.error;
    await op.unsubscribeAsync(topics.release('r2'));
    const file = decoded.value.files[0];
    if (!file?.content) throw new Error('empty bundle');
    file.content = Buffer.concat([Buffer.from(file.content), Buffer.from('!')]);
    await op.publishAsync(topics.release('r2'), Buffer.from(encode('release', decoded.value)), {
      qos: 1,
      retain: true,
    });

    const second = await s.api<Deployment>('POST', '/api/fleet/deployments', {
      version: 'r2',
      target_clients: [NAMES[0]],
      min_healthy_time: 0.3,
      health_check_timeout: 10,
    });
    const back = await s.ended(second.id);
    expect(back.status).toBe('rolled_back');
    const name = NAMES[0] as string;
    expect(back.devices[name]?.error).toMatch(
      /^refused release r2: release r2: content sha256 .* does not match its own/,
    );
    expect(back.devices[name]?.step).toBe('rolled_back');
    // Back on r1 at the rollback's generation, no error left.
    expect(s.status(name)).toMatchObject({ release: 'r1', desired_generation: 3, release_error: '' });
    // The rollback needed no download: r1 was verified before. (Reports come every 0.2 s.)
    await waitFor(
      'the simulator to count the refusal and the rollback switch',
      () => s.report()?.desired.refused === 1 && s.report()?.desired.switched === N + 1,
      5000,
    );
    expect(s.report()?.desired).toMatchObject({ desired: N + 2, bundles: N + 1 });
  });
});
