// A QoS 1 message the broker has acknowledged survives a SIGKILL of the broker: Aedes sends
// the PUBACK before it stores the message for offline sessions, so a kill in between lost
// up to ~60 acknowledged messages in a run of 1,000 (found by the broker-crash fault test);
// the broker now stores and delivers first and acknowledges after (broker/auth-hooks.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MqttClient, connect as mqttConnect } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { spawnBroker } from '../helpers/broker-process.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { onceWithin } from '../helpers/broker-wait.ts';

const teardown = teardownEach();
const MESSAGES = 1000;
const KILL_AFTER_ACKS = 400;
const SUBSCRIBERS = 4;

describe('broker SIGKILL after PUBACK', () => {
  it('delivers every acknowledged QoS 1 message to online and offline persistent sessions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-faults-ack-'));
    teardown.add(`dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
    const args = ['--port', '0', '--data-dir', dir, '--json'];
    let broker = await spawnBroker(teardown, args);
    const url = broker.listening.mqtt;
    const port = new URL(url).port;
    const got = new Map<string, number>();
    const connect = async (clientId: string): Promise<MqttClient> => {
      const client = mqttConnect(url, { protocolVersion: 4, clientId, clean: false, reconnectPeriod: 200 });
      teardown.add(clientId, () => client.endAsync(true));
      // Listening before the CONNACK: a resumed session's queued messages can come in the
      // same read as the CONNACK, before an awaited connectAsync would have returned — and
      // MQTT.js acknowledges them, so a listener attached after that missed them for good
      // (this test reported 3-4 "never delivered" messages under load because of it).
      client.on('message', (_t, payload) =>
        got.set(payload.toString(), (got.get(payload.toString()) ?? 0) + 1),
      );
      await onceWithin(client, 'connect', 30_000);
      return client;
    };
    const subscribers: MqttClient[] = [];
    for (let s = 0; s < SUBSCRIBERS; s++) {
      const sub = await connect(`ack-sub-${s}`);
      await sub.subscribeAsync(`faults/ack/${s}`, { qos: 1 });
      subscribers.push(sub);
    }
    // Half the sessions are offline: their messages exist only in the broker's store.
    for (const sub of subscribers.slice(0, SUBSCRIBERS / 2)) await sub.endAsync();

    const publisher = await connect('ack-pub');
    let acked = 0;
    let killed: Promise<unknown> | undefined;
    const sent: Promise<void>[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      sent.push(
        publisher.publishAsync(`faults/ack/${i % SUBSCRIBERS}`, `m${i}`, { qos: 1 }).then(() => {
          if (++acked !== KILL_AFTER_ACKS) return;
          broker.child.kill('SIGKILL');
          killed = broker.exited;
        }),
      );
      if (i % 20 === 19) await new Promise((r) => setTimeout(r, 3));
    }
    await expect.poll(() => killed !== undefined, { timeout: 20_000 }).toBe(true);
    await killed;
    broker = await spawnBroker(teardown, ['--port', port, '--data-dir', dir, '--json']);
    await Promise.all(sent);
    for (let s = 0; s < SUBSCRIBERS / 2; s++) await connect(`ack-sub-${s}`);

    const missing = () => [...Array(MESSAGES).keys()].filter((i) => !got.has(`m${i}`));
    // Generous: after the restart the broker resends hundreds of unacknowledged copies too,
    // and on a loaded machine that takes a while. What matters is that nothing stays missing.
    await expect
      .poll(() => missing().length, { timeout: 60_000, interval: 200 })
      .toBe(0)
      .catch((err: unknown) => {
        const bySubscriber = missing().reduce<Record<number, number>>((m, i) => {
          m[i % SUBSCRIBERS] = (m[i % SUBSCRIBERS] ?? 0) + 1;
          return m;
        }, {});
        throw new Error(
          `${missing().length} acknowledged messages never delivered (by subscriber ${JSON.stringify(bySubscriber)}, first ${missing().slice(0, 5)}; subscribers 0-1 were offline): ${String(err)}`,
        );
      });
  }, 120_000);
});
