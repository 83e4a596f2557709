// The brokers the fleet-link suites run against: our embedded Aedes broker (with LevelDB
// persistence, as the controller runs it) and a real Mosquitto, both on ephemeral loopback
// ports, plus an observer client that decodes what it receives with the contract's codec.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IClientOptions, MqttClient } from 'mqtt';
import { decodeTopic, mc, type TopicMessage } from '../../proto/codec.ts';
import { CommandClient } from '../../proto/command-client.ts';
import { startTestBroker } from './broker-fixtures.ts';
import { connectClient, type Received } from './broker-mqtt.ts';
import type { Teardown } from './broker-teardown.ts';
import { startMosquitto } from './mosquitto.ts';

export type BrokerKind = 'aedes' | 'mosquitto';
export const BROKER_KINDS: BrokerKind[] = ['aedes', 'mosquitto'];

export async function startFleetBroker(teardown: Teardown, kind: BrokerKind): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `mc-fleet-${kind}-`));
  teardown.add(`broker dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  if (kind === 'aedes') {
    const { mqttUrl } = await startTestBroker(teardown, { dataDir: dir });
    return mqttUrl;
  }
  const mosquitto = await startMosquitto(dir);
  teardown.add('mosquitto', () => mosquitto.stop());
  return mosquitto.url;
}

/** A decoded message as the observer saw it. */
export type Seen = TopicMessage & { retained: boolean; raw: Received };

export interface Observer {
  seen: Seen[];
  /** The first message (not yet returned by next) on `topic` that satisfies `match`. */
  next(topic: string, match?: (m: Seen) => boolean, timeoutMs?: number): Promise<Seen>;
  /** Every message seen so far on `topic`. */
  on(topic: string): Seen[];
  client: MqttClient;
}

export interface Commander {
  commands: CommandClient;
  client: MqttClient;
  /** Every reply that arrived on our reply topic, decodable or not (raw protobufjs decode). */
  replies: mc.v1.Reply[];
}

/**
 * A requester on its own connection. Observers and requesters are kept on separate
 * connections on purpose: Aedes with an asynchronous persistence can let a later message
 * overtake an earlier one on its way to a client and then discards the earlier one as a
 * duplicate (moscajs/aedes#955, #994) — see docs/fleet-link.md.
 */
export async function commander(teardown: Teardown, url: string): Promise<Commander> {
  const clientId = `cmd-${Math.random().toString(16).slice(2, 10)}`;
  const { client } = await connectClient(teardown, url, { clientId });
  const commands = new CommandClient({ client, replyName: clientId, issuer: 'fleet-test' });
  const replies: mc.v1.Reply[] = [];
  client.on('message', (topic, payload) => {
    if (topic !== commands.replyTopic) return;
    try {
      replies.push(mc.v1.Reply.decode(payload));
    } catch {
      // not a Reply at all; the tests look for the ones that are
    }
  });
  await commands.start();
  teardown.add('commander', () => commands.stop());
  return { commands, client, replies };
}

/** A third-party subscriber of `filters`, decoding with the contract's codec. */
export async function observe(
  teardown: Teardown,
  url: string,
  filters: string[],
  opts: IClientOptions = {},
): Promise<Observer> {
  const clientId = `obs-${Math.random().toString(16).slice(2, 10)}`;
  const { client } = await connectClient(teardown, url, { clientId, ...opts });
  const seen: Seen[] = [];
  const consumed = new WeakSet<Seen>();
  const waiters = new Set<() => void>();
  client.on('message', (topic, payload, packet) => {
    const decoded = decodeTopic(topic, payload);
    if (!decoded.ok) return;
    const { ok: _ok, ...message } = decoded;
    seen.push({ ...(message as TopicMessage), retained: packet.retain, raw: { topic, payload, packet } });
    for (const wake of waiters) wake();
  });
  await client.subscribeAsync(filters, { qos: 1 });
  const commands = new CommandClient({ client, replyName: clientId, issuer: 'fleet-test' });
  await commands.start();
  teardown.add('observer commands', () => commands.stop());
  const topicOf = (m: Seen) => m.raw.topic;
  return {
    seen,
    client,
    on: (topic) => seen.filter((m) => topicOf(m) === topic),
    next(topic, match = () => true, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = seen.find((m) => !consumed.has(m) && topicOf(m) === topic && match(m));
          if (!found) return;
          consumed.add(found);
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching message on ${topic} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
