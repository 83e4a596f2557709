// Turns the `fleet:` block of daemon.yaml into MQTT.js options: one URL or a failover list
// (MQTT.js `servers`, tried in turn on each reconnect), credentials, TLS files, and the
// session settings the contract needs (MQTT 3.1.1, stable client id, clean: false).
import { readFile } from 'node:fs/promises';
import type { IClientOptions } from 'mqtt';
import { McError } from '../../proto/errors.ts';
import { topics } from '../../proto/topics.ts';
import type { FleetConfig } from '../config/daemon-schema.ts';
import { readFleetPassword } from '../config/fleet-password.ts';

type Protocol = 'mqtt' | 'mqtts' | 'ws' | 'wss';
const DEFAULT_PORTS: Record<Protocol, number> = { mqtt: 1883, mqtts: 8883, ws: 80, wss: 443 };

export interface FleetEndpoint {
  host: string;
  port: number;
  protocol: Protocol;
  /** WebSocket path; '' for TCP. */
  path: string;
}

/** The stable MQTT client id of a device: its persistent session is found by this id. */
export function deviceClientId(device: string): string {
  return `mc-dev-${device}`;
}

export function parseEndpoints(urls: readonly string[]): FleetEndpoint[] {
  const endpoints = urls.map((raw) => {
    const url = new URL(raw);
    const protocol = url.protocol.replace(/:$/, '') as Protocol;
    if (!(protocol in DEFAULT_PORTS)) {
      throw new McError('MC_ERR_CONFIG', `fleet.broker_url: unsupported protocol in ${raw}`);
    }
    const port = url.port === '' ? DEFAULT_PORTS[protocol] : Number(url.port);
    const isWs = protocol === 'ws' || protocol === 'wss';
    return { host: url.hostname, port, protocol, path: isWs ? url.pathname : '' };
  });
  // MQTT.js `servers` switches host, port and protocol per attempt but keeps one path.
  const wsPaths = new Set(endpoints.filter((e) => e.path !== '').map((e) => e.path));
  if (wsPaths.size > 1) {
    throw new McError(
      'MC_ERR_CONFIG',
      `fleet.broker_url: WebSocket URLs of a failover list must share one path (got ${[...wsPaths].join(', ')})`,
    );
  }
  return endpoints;
}

async function readPem(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    throw new McError('MC_ERR_CONFIG', `cannot read fleet.tls.${what} ${file}: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

export interface LinkClientOptions {
  /** URL handed to mqtt.connect (the first endpoint). */
  url: string;
  options: IClientOptions;
}

/**
 * MQTT.js options for the device's fleet connection. Reconnection is driven by the caller
 * (reconnectPeriod is re-set before each attempt, see fleet-connection.ts); the will payload
 * is refreshed at each CONNECT.
 */
export async function linkClientOptions(
  config: FleetConfig,
  device: string,
  willPayload: Uint8Array,
): Promise<LinkClientOptions> {
  const endpoints = parseEndpoints(config.broker_url);
  const first = endpoints[0];
  if (!first) throw new McError('MC_ERR_CONFIG', 'fleet.broker_url lists no broker');
  const password = await readFleetPassword(config);
  const options: IClientOptions = {
    protocolVersion: 4,
    clientId: deviceClientId(device),
    // [MQTT-3.1.2-4] a persistent session: QoS 1 commands sent while we are away are queued.
    clean: false,
    keepalive: config.keepalive,
    connectTimeout: 15_000,
    reconnectPeriod: 1000,
    // A refused CONNACK (e.g. credentials not registered yet) is retried with backoff too.
    reconnectOnConnackError: true,
    // Heartbeats are worthless late: never queue QoS 0 while disconnected.
    queueQoSZero: false,
    manualConnect: true,
    will: {
      topic: topics.presence(device),
      payload: Buffer.from(willPayload),
      qos: 1,
      retain: true,
    },
  };
  if (config.username !== undefined) options.username = config.username;
  if (password !== undefined) options.password = password;
  if (endpoints.length > 1) {
    options.servers = endpoints.map(({ host, port, protocol }) => ({ host, port, protocol }));
  }
  if (first.path !== '') options.path = first.path;
  const tls = config.tls;
  if (tls) {
    options.rejectUnauthorized = tls.reject_unauthorized;
    if (tls.ca) options.ca = await readPem(tls.ca, 'ca');
    if (tls.cert) options.cert = await readPem(tls.cert, 'cert');
    if (tls.key) options.key = await readPem(tls.key, 'key');
  }
  const url = `${first.protocol}://${first.host.includes(':') ? `[${first.host}]` : first.host}:${first.port}${first.path}`;
  return { url, options };
}
