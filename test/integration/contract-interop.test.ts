// The contract is plain MQTT 3.1.1 + Protobuf: third-party tools publish what our decoder
// reads, and our clients work unchanged on a real Mosquitto.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { open, type RootDatabase } from 'lmdb';
import { connectAsync, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Broker, createBroker } from '../../broker/index.ts';
import { CommandLog } from '../../device/commands/command-log.ts';
import { CommandDispatcher } from '../../device/commands/dispatcher.ts';
import { decode, encode } from '../../proto/codec.ts';
import { CommandClient } from '../../proto/command-client.ts';
import { topics } from '../../proto/topics.ts';
import { killAllChildren, runMctl } from '../helpers/child.ts';
import { type RunningMosquitto, startMosquitto } from '../helpers/mosquitto.ts';

const logger = pino({ level: 'silent' });
// Async on purpose: a synchronous exec would block this process, which hosts the broker.
const run = promisify(execFile);
let dir: string;
const cleanups: (() => Promise<unknown>)[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-interop-'));
});

afterEach(async () => {
  await killAllChildren();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function client(url: string, clientId: string): Promise<MqttClient> {
  const c = await connectAsync(url, { protocolVersion: 4, clientId, reconnectPeriod: 0 });
  cleanups.push(() => c.endAsync(true));
  return c;
}

async function ourBroker(): Promise<string> {
  const broker: Broker = createBroker({
    dataDir: join(dir, 'broker'),
    tcp: { host: '127.0.0.1', port: 0 },
    logger,
  });
  const addresses = await broker.start();
  cleanups.push(() => broker.stop());
  return addresses.mqtt as string;
}

async function mosquitto(): Promise<RunningMosquitto> {
  const m = await startMosquitto(dir);
  cleanups.push(() => m.stop());
  return m;
}

const parse = (line: string) => JSON.parse(line) as Record<string, unknown>;

describe('contract interoperability', () => {
  it('mctl sub decodes a retained status, a command sent by mosquitto_pub, and flags garbage', async () => {
    const url = await ourBroker();
    const port = new URL(url).port;
    const device = await client(url, 'interop-device');
    await device.publishAsync(
      topics.status('dev-1'),
      Buffer.from(encode('status', { device: 'dev-1', seq: 42, workloads_running: 2 })),
      { qos: 1, retain: true },
    );

    const sub = runMctl(['sub', 'mc/#', '--broker', url, '--count', '3']);
    const status = parse(await sub.waitForLine((l) => l.includes('"kind":"status"')));
    expect(status).toMatchObject({ topic: 'mc/dev-1/status', retained: true, device: 'dev-1' });
    expect(status.message).toMatchObject({ device: 'dev-1', seq: 42, workloads_running: 2 });

    // The retained status arrived, so the subscription is active: now a third party publishes.
    const cmdFile = join(dir, 'cmd.bin');
    writeFileSync(
      cmdFile,
      encode('cmd', { id: 'from-mosquitto', reply_to: 'mc/reply/x', restart: { workload: 'pump' } }),
    );
    await run('mosquitto_pub', [
      '-V',
      'mqttv311',
      '-h',
      '127.0.0.1',
      '-p',
      port,
      '-q',
      '1',
      '-t',
      'mc/dev-1/cmd',
      '-f',
      cmdFile,
    ]);
    const cmd = parse(await sub.waitForLine((l) => l.includes('"kind":"cmd"')));
    expect(cmd).toMatchObject({ retained: false, device: 'dev-1' });
    expect(cmd.message).toMatchObject({
      id: 'from-mosquitto',
      action: 'restart',
      restart: { workload: 'pump' },
    });

    await run('mosquitto_pub', [
      '-V',
      'mqttv311',
      '-h',
      '127.0.0.1',
      '-p',
      port,
      '-t',
      'mc/dev-1/cmd',
      '-m',
      'not protobuf',
    ]);
    const bad = parse(await sub.waitForLine((l) => l.includes('"error"')));
    expect(bad).toMatchObject({ topic: 'mc/dev-1/cmd', error: { code: 'MC_ERR_DECODE' } });
    expect(Buffer.from(bad.payload_base64 as string, 'base64').toString()).toBe('not protobuf');
    expect(await sub.exited).toBe(0);
  });

  it('runs the command contract unchanged on a real Mosquitto: 20 concurrent commands, replies matched', async () => {
    const m = await mosquitto();
    const root: RootDatabase = open({ path: join(dir, 'state') });
    cleanups.push(() => root.close());
    const handled: string[] = [];
    const dispatcher = new CommandDispatcher({
      device: 'dev-1',
      memory: new CommandLog(root),
      logger,
      handlers: {
        status: async (c) => {
          handled.push(c.id);
          return { detail: { state: { name: c.status?.workload ?? '', run_count: handled.length } } };
        },
      },
    });
    const device = await client(m.url, 'dev-1');
    const origin = {
      link: 'fleet' as const,
      publish: async (topic: string, bytes: Uint8Array, qos: 0 | 1) => {
        await device.publishAsync(topic, Buffer.from(bytes), { qos });
      },
    };
    device.on('message', async (_topic, payload) => {
      const out = await dispatcher.dispatch(payload, origin);
      if (out?.replyTo) await device.publishAsync(out.replyTo, Buffer.from(out.reply), { qos: 1 });
    });
    await device.subscribeAsync(topics.cmd('dev-1'), { qos: 1 });

    const requester = new CommandClient({
      client: await client(m.url, 'ops'),
      replyName: 'ops',
      issuer: 'test',
    });
    cleanups.push(() => requester.stop());
    const names = Array.from({ length: 20 }, (_, i) => `w${i}`);
    const replies = await Promise.all(names.map((w) => requester.send('dev-1', { status: { workload: w } })));
    expect(replies.map((r) => r.detail?.state?.name)).toEqual(names);
    expect(replies.every((r) => r.ok && r.device === 'dev-1')).toBe(true);
    expect(new Set(handled).size).toBe(20);
  });

  it('delivers a retained Protobuf status byte-for-byte through Mosquitto to mctl sub', async () => {
    const m = await mosquitto();
    const payload = encode('status', { device: 'dev-2', seq: 7, release: '1.0.0', tags: ['lab'] });
    const device = await client(m.url, 'dev-2');
    await device.publishAsync(topics.status('dev-2'), Buffer.from(payload), { qos: 1, retain: true });
    const args = [
      '-V',
      'mqttv311',
      '-h',
      '127.0.0.1',
      '-p',
      String(m.port),
      '-t',
      'mc/+/status',
      '-C',
      '1',
      '-F',
      '%x',
    ];
    const raw = await run('mosquitto_sub', args);
    expect(raw.stdout.trim()).toBe(Buffer.from(payload).toString('hex'));

    const sub = runMctl(['sub', 'mc/+/status', '--broker', m.url, '--count', '1']);
    const line = parse(await sub.waitForLine((l) => l.startsWith('{')));
    expect(line).toMatchObject({
      retained: true,
      device: 'dev-2',
      message: { seq: 7, release: '1.0.0', tags: ['lab'] },
    });
    const back = decode('status', payload);
    expect(back.ok).toBe(true);
    expect(await sub.exited).toBe(0);
  });
});
