// The requester side of the command contract against a real broker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowAll } from '../../broker/authorizer.ts';
import { type Broker, createBroker } from '../../broker/broker.ts';
import { decode, encode } from '../../proto/codec.ts';
import { CommandClient } from '../../proto/command-client.ts';
import { McError } from '../../proto/errors.ts';
import { topics } from '../../proto/topics.ts';

let dir: string;
let broker: Broker;
let url: string;
const clients: MqttClient[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-cmdclient-'));
  broker = createBroker({
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

async function connect(clientId: string): Promise<MqttClient> {
  const c = await connectAsync(url, { protocolVersion: 4, clientId, reconnectPeriod: 0 });
  clients.push(c);
  return c;
}

describe('command client', () => {
  it('takes the reply of the device it asked and ignores a forged one from another device', async () => {
    const device = await connect('dev-1');
    await device.subscribeAsync(topics.cmd('dev-1'), { qos: 1 });
    device.on('message', async (_t, payload) => {
      const cmd = decode('cmd', payload);
      if (!cmd.ok) return;
      const forged = encode('reply', {
        command_id: cmd.value.id,
        ok: false,
        device: 'dev-2',
        error: { code: 'MC_ERR_INTERNAL' },
      });
      await device.publishAsync(cmd.value.reply_to, Buffer.from(forged), { qos: 1 });
      const real = encode('reply', { command_id: cmd.value.id, ok: true, device: 'dev-1' });
      await device.publishAsync(cmd.value.reply_to, Buffer.from(real), { qos: 1 });
    });
    const requester = new CommandClient({ client: await connect('ops'), replyName: 'ops', issuer: 'test' });
    const reply = await requester.send('dev-1', { list: {} });
    expect(reply).toMatchObject({ ok: true, device: 'dev-1' });
    await requester.stop();
  });

  it('rejects with MC_ERR_TIMEOUT when no reply comes, and sets expiry and issuer on the command', async () => {
    const device = await connect('dev-3');
    await device.subscribeAsync(topics.cmd('dev-3'), { qos: 1 });
    const seen = new Promise<ReturnType<typeof decode<'cmd'>>>((resolve) => {
      device.once('message', (_t, payload) => resolve(decode('cmd', payload)));
    });
    const requester = new CommandClient({
      client: await connect('ops2'),
      replyName: 'ops2',
      issuer: 'alice',
      now: () => 1_000,
    });
    const sent = requester.send('dev-3', { stop: { workload: 'w' } }, { timeoutMs: 200, expiresInMs: 5_000 });
    await expect(sent).rejects.toBeInstanceOf(McError);
    await expect(sent).rejects.toMatchObject({ code: 'MC_ERR_TIMEOUT' });
    const cmd = await seen;
    expect(cmd.ok && cmd.value).toMatchObject({
      issuer: 'alice',
      issued_at_ms: 1_000,
      expires_at_ms: 6_000,
      reply_to: 'mc/reply/ops2',
    });
    await requester.stop();
  });
});
