// Connects a CLI command to the fleet broker as an MQTT 3.1.1 client (Aedes and every
// broker we support speak 3.1.1), with options from flags or the environment.
import { readFileSync } from 'node:fs';
import type { IClientOptions, MqttClient } from 'mqtt';
import { McError } from '../proto/errors.ts';
import { keepNoDelay } from '../proto/mqtt-nodelay.ts';

export const DEFAULT_BROKER_URL = 'mqtt://127.0.0.1:1883';

export interface BrokerClientOptions {
  url?: string;
  username?: string;
  password?: string;
  /** PEM file of the CA that signed the broker's certificate (mqtts://, wss://). */
  caFile?: string;
  clientId: string;
  /** Keep reconnecting after a lost connection (watchers), or fail fast (one-shot commands). */
  reconnect?: boolean;
  connectTimeoutMs?: number;
}

export async function connectBroker(opts: BrokerClientOptions): Promise<MqttClient> {
  const url = opts.url ?? process.env.MC_BROKER_URL ?? DEFAULT_BROKER_URL;
  const options: IClientOptions = {
    protocolVersion: 4,
    clientId: opts.clientId,
    clean: true,
    connectTimeout: opts.connectTimeoutMs ?? 5000,
    reconnectPeriod: opts.reconnect ? 1000 : 0,
    username: opts.username ?? process.env.MC_BROKER_USERNAME,
    password: opts.password ?? process.env.MC_BROKER_PASSWORD,
  };
  if (opts.caFile) options.ca = readFileSync(opts.caFile);
  try {
    // Loaded on first use: `mctl up` imports this module (through cli/main.ts) but a daemon
    // without a fleet block never connects anywhere, and MQTT.js would stay in its memory.
    // MQTT.js is CommonJS: its exports object is the default export, in the bundle and in Node.
    const { connectAsync } = (await import('mqtt')).default;
    // allowRetries=false: the first failure rejects instead of retrying forever.
    const client = await connectAsync(url, options, false);
    keepNoDelay(client);
    return client;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new McError('MC_ERR_UNAVAILABLE', `cannot connect to the broker at ${url}: ${reason}`, {
      cause: err,
    });
  }
}
