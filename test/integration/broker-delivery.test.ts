// Every QoS 1 message reaches its subscriber, also when many are published at once and the
// LevelDB store lets a later one overtake an earlier one (Aedes' dedupe used to drop those).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowAll } from '../../broker/authorizer.ts';
import { type Broker, createBroker } from '../../broker/broker.ts';

let dir: string;
let broker: Broker;
let url: string;
const clients: MqttClient[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-delivery-'));
  broker = createBroker({
    dataDir: dir,
    tcp: { host: '127.0.0.1', port: 0 },
    authorizer: allowAll(),
    logger: pino({ level: 'silent' }),
  });
  url = (await broker.start()).mqtt as string;
});

afterEach(async () => {
  for (const c of clients.splice(0)) await c.endAsync(true);
  await broker.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function connect(clientId: string, clean: boolean): Promise<MqttClient> {
  const c = await connectAsync(url, { protocolVersion: 4, clientId, clean, reconnectPeriod: 0 });
  clients.push(c);
  return c;
}

describe('broker delivery', () => {
  it('delivers every one of many concurrent QoS 1 messages to a persistent session', async () => {
    const receiver = await connect('mc-dev-target', false);
    await receiver.subscribeAsync('mc/target/cmd', { qos: 1 });
    const got = new Set<string>();
    receiver.on('message', (_t, payload) => got.add(payload.toString()));
    const senders = await Promise.all([connect('ops-1', true), connect('ops-2', true)]);
    const rounds = 8;
    const perRound = 40;
    for (let round = 0; round < rounds; round++) {
      await Promise.all(
        Array.from({ length: perRound }, (_, i) =>
          senders[i % 2]?.publishAsync('mc/target/cmd', `${round}-${i}`, { qos: 1 }),
        ),
      );
    }
    await expect.poll(() => got.size, { timeout: 10_000 }).toBe(rounds * perRound);
  });
});
