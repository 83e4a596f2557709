// Removing a device through the controller: its session is closed, its credentials stop
// working, and its retained telemetry is deleted so it does not come back on a rebuild.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controllerConfigFrom } from '../../controller/config/load.ts';
import { Controller } from '../../controller/controller.ts';
import { encode } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';

let dir: string;
let controller: Controller;
let http: string;
let mqtt: string;
let token: string;
const clients: MqttClient[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-remove-'));
  const config = controllerConfigFrom({ port: 0, data_dir: 'data', broker: { mqtt_port: 0 } }, dir);
  token = config.api_token;
  controller = new Controller({ config, logger: pino({ level: 'silent' }), version: 'test' });
  const addresses = await controller.start();
  http = addresses.http;
  mqtt = addresses.mqtt as string;
});

afterEach(async () => {
  for (const c of clients.splice(0)) await c.endAsync(true);
  await controller.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function register(name: string): Promise<string> {
  const res = await fetch(`${http}/api/devices`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { password: string }).password;
}

async function device(name: string, password: string): Promise<MqttClient> {
  const c = await connectAsync(mqtt, {
    protocolVersion: 4,
    clientId: `mc-dev-${name}`,
    username: name,
    password,
    reconnectPeriod: 0,
  });
  clients.push(c);
  await c.publishAsync(topics.presence(name), Buffer.from(encode('presence', { online: true })), {
    qos: 1,
    retain: true,
  });
  await c.publishAsync(
    topics.workload(name, 'pump'),
    Buffer.from(encode('workload', { name: 'pump', status: 3 })),
    {
      qos: 1,
      retain: true,
    },
  );
  return c;
}

/**
 * The retained topics a fresh operator subscription to `filter` receives, collected until
 * `last` arrives. The broker's LevelDB store streams retained messages sorted by topic, so
 * once `last` (a topic sorted after the ones in question) is here, any earlier one is too.
 */
async function retainedUntil(filter: string, last: string): Promise<string[]> {
  const c = await connectAsync(mqtt, {
    protocolVersion: 4,
    clientId: `ops-${Date.now()}`,
    username: 'operator',
    password: token,
  });
  clients.push(c);
  const seen: string[] = [];
  const done = new Promise<void>((resolve) => {
    c.on('message', (topic, _p, packet) => {
      if (packet.retain) seen.push(topic);
      if (topic === last) resolve();
    });
  });
  await c.subscribeAsync(filter, { qos: 1 });
  await done;
  await c.endAsync();
  return seen;
}

describe('removing a device', () => {
  it('closes its session, refuses its credentials and deletes its retained telemetry', async () => {
    const gone = await device('gone', await register('gone'));
    await device('kept', await register('kept'));
    // Delivery to the controller follows storage of the retained copy in Aedes.
    for (const name of ['gone', 'kept']) {
      await expect.poll(() => controller.store?.device(name)?.workloads.length, { timeout: 5000 }).toBe(1);
    }
    expect(await retainedUntil('mc/+/presence', 'mc/kept/presence')).toEqual([
      'mc/gone/presence',
      'mc/kept/presence',
    ]);

    const closed = new Promise<void>((resolve) => gone.once('close', () => resolve()));
    const res = await fetch(`${http}/api/devices/gone`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    await closed;
    // The clearing publishes reach the store after the broker applied them.
    await expect.poll(() => controller.store?.device('gone'), { timeout: 5000 }).toBeUndefined();
    expect(await retainedUntil('mc/+/presence', 'mc/kept/presence')).toEqual(['mc/kept/presence']);
    expect(await retainedUntil('mc/+/workloads/+', 'mc/kept/workloads/pump')).toEqual([
      'mc/kept/workloads/pump',
    ]);
    await expect(device('gone', 'any-password')).rejects.toThrow(/Not authorized/i);
  });
});
