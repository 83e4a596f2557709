// MQTT.js clients for broker tests: connect with an inbox attached before CONNECT is sent
// (a persistent session's queued messages can arrive in the same read as the CONNACK), wait
// for a message with a timeout, and close through the teardown registry.
import { connect, type IClientOptions, type IPublishPacket, type MqttClient } from 'mqtt';
import type { Teardown } from './broker-teardown.ts';

export interface Received {
  topic: string;
  payload: Buffer;
  packet: IPublishPacket;
}

export interface Inbox {
  /** Everything received so far, including messages already consumed by next(). */
  readonly all: readonly Received[];
  /** The first not-yet-consumed message whose topic matches, waiting up to timeoutMs. */
  next(topic?: string, timeoutMs?: number): Promise<Received>;
}

export function createInbox(client: MqttClient): Inbox {
  const all: Received[] = [];
  const consumed = new WeakSet<Received>();
  const waiters = new Set<() => void>();
  client.on('message', (topic, payload, packet) => {
    all.push({ topic, payload, packet });
    for (const wake of waiters) wake();
  });
  return {
    all,
    next(topic, timeoutMs = 5_000) {
      const find = () => all.find((m) => !consumed.has(m) && (topic === undefined || m.topic === topic));
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = find();
          if (!found) return;
          consumed.add(found);
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no message on ${topic ?? 'any topic'} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

export interface TestClient {
  client: MqttClient;
  inbox: Inbox;
}

const DEFAULTS: IClientOptions = { protocolVersion: 4, reconnectPeriod: 0, connectTimeout: 5_000 };

/** Opens a client without waiting; for refusal tests that expect 'error' or 'close'. */
export function openClient(teardown: Teardown, url: string, opts: IClientOptions = {}): TestClient {
  const client = connect(url, { ...DEFAULTS, ...opts });
  // Refused and closed connections are expected in these tests; assertions look at state.
  client.on('error', () => {});
  const inbox = createInbox(client);
  teardown.add(`mqtt client ${opts.clientId ?? url}`, () => client.endAsync(true));
  return { client, inbox };
}

export async function connectClient(
  teardown: Teardown,
  url: string,
  opts: IClientOptions = {},
): Promise<TestClient> {
  const opened = openClient(teardown, url, opts);
  await new Promise<void>((resolve, reject) => {
    const onConnect = () => settle();
    const onError = (err: Error) => settle(err);
    const onClose = () => settle(new Error(`connection to ${url} closed before CONNACK`));
    const settle = (err?: Error) => {
      opened.client.removeListener('connect', onConnect);
      opened.client.removeListener('error', onError);
      opened.client.removeListener('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    opened.client.once('connect', onConnect);
    opened.client.once('error', onError);
    opened.client.once('close', onClose);
  });
  return opened;
}
