// The daemon's in-process side of its local control bus (device/local-bus.ts) against real
// MQTT clients on the real Unix socket: what mctl sees must be what an MQTT client of the
// daemon's own gave it — retained telemetry for late subscribers, commands acknowledged to
// their sender only once the daemon took them, replies on the requester's reply topic.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalControl } from '../../device/local-control.ts';
import { topics } from '../../proto/topics.ts';

let dir: string;
let local: LocalControl;
const clients: MqttClient[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-localbus-'));
  local = new LocalControl({ socketPath: join(dir, 'mc.sock'), logger: pino({ level: 'silent' }) });
  await local.start();
});

afterEach(async () => {
  for (const c of clients.splice(0)) await c.endAsync(true);
  await local.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function connect(clientId: string): Promise<MqttClient> {
  const c = await connectAsync(local.url, { protocolVersion: 4, clientId, reconnectPeriod: 0 });
  clients.push(c);
  return c;
}

function nextMessage(client: MqttClient, topic: string): Promise<{ payload: Buffer; retain: boolean }> {
  return new Promise((resolve) => {
    const onMessage = (t: string, payload: Buffer, packet: { retain: boolean }) => {
      if (t !== topic) return;
      client.removeListener('message', onMessage);
      resolve({ payload, retain: packet.retain });
    };
    client.on('message', onMessage);
  });
}

describe('local bus', () => {
  it('keeps a retained publish for a client that subscribes later, and clears it with an empty one', async () => {
    const topic = topics.workload('box', 'web');
    await local.bus.publish(topic, Buffer.from('state-1'), { qos: 0, retain: true });
    const late = await connect('late');
    const got = nextMessage(late, topic);
    await late.subscribeAsync(topic, { qos: 1 });
    expect(await got).toEqual({ payload: Buffer.from('state-1'), retain: true });

    await local.bus.publish(topic, new Uint8Array(), { qos: 0, retain: true });
    const again = await connect('again');
    let seen = false;
    again.on('message', (t) => {
      if (t === topic) seen = true;
    });
    await again.subscribeAsync(topic, { qos: 1 });
    // A round trip on another topic after the SUBACK: a retained message would have come first.
    const probe = topics.presence('box');
    const probed = nextMessage(again, probe);
    await again.subscribeAsync(probe, { qos: 1 });
    await local.bus.publish(probe, Buffer.from('p'), { qos: 0 });
    await probed;
    expect(seen).toBe(false);
  });

  it("acknowledges a client's QoS 1 publish only after the in-process subscriber's ack", async () => {
    const topic = topics.cmd('box');
    const later = topics.presence('box');
    let ack: (() => void) | undefined;
    const received = new Promise<{ payload: Buffer; qos: number }>((resolve) => {
      void local.bus.subscribe(topic, (payload, qos, done) => {
        ack = done;
        resolve({ payload, qos });
      });
    });
    const requester = await connect('requester');
    await requester.subscribeAsync(later, { qos: 0 });
    let acked = false;
    const puback = new Promise<void>((resolve) => {
      requester.publish(topic, Buffer.from('cmd'), { qos: 1 }, () => {
        acked = true;
        resolve();
      });
    });
    expect(await received).toEqual({ payload: Buffer.from('cmd'), qos: 1 });
    // The broker writes to the requester in order: a message published after the command was
    // taken reaches it before any PUBACK sent since. It must find none.
    const ackedWhenLaterArrived = new Promise<boolean>((resolve) => {
      requester.once('message', () => resolve(acked));
    });
    await local.bus.publish(later, Buffer.from('p'), { qos: 0 });
    expect(await ackedWhenLaterArrived).toBe(false);
    ack?.();
    await puback;
    expect(acked).toBe(true);
  });

  it('delivers its QoS 1 publish to a subscribed client, and stops delivering after unsubscribe', async () => {
    const reply = topics.reply('mctl-1');
    const requester = await connect('mctl-1');
    await requester.subscribeAsync(reply, { qos: 1 });
    const got = nextMessage(requester, reply);
    await local.bus.publish(reply, Buffer.from('answer'), { qos: 1 });
    expect((await got).payload).toEqual(Buffer.from('answer'));

    const topic = topics.cmd('box');
    const taken: string[] = [];
    await local.bus.subscribe(topic, (payload, _qos, done) => {
      taken.push(payload.toString());
      done();
    });
    await requester.publishAsync(topic, Buffer.from('one'), { qos: 1 });
    await local.bus.unsubscribe(topic);
    await requester.publishAsync(topic, Buffer.from('two'), { qos: 1 });
    expect(taken).toEqual(['one']);
  });
});
