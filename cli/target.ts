// Which daemon a workload command talks to: the local one over its Unix socket (MQTT over
// the socket, served by the daemon's embedded broker), or — with --device — a device on the
// fleet broker. Both speak the same Command/Reply messages on the same topics.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { MqttClient } from 'mqtt';
import { decodeTopic } from '../proto/codec.ts';
import { type CommandAction, CommandClient, type Reply, type SendOptions } from '../proto/command-client.ts';
import { McError } from '../proto/errors.ts';
import { assertDeviceName, filters } from '../proto/topics.ts';
import { connectBroker, DEFAULT_BROKER_URL } from './broker-client.ts';

export interface TargetOptions {
  socketPath: string;
  device?: string;
  broker?: string;
  username?: string;
  password?: string;
  ca?: string;
  timeout?: number;
  /** Seconds a command queued for an offline device stays valid (fleet only). */
  expires?: number;
}

/** A command for an offline device waits in its session this long unless --expires says otherwise. */
export const DEFAULT_FLEET_EXPIRY_S = 600;

export interface Target {
  /** Sends one command to the device; a missing reply is explained (offline since…, never connected). */
  send(action: CommandAction, options?: SendOptions): Promise<Reply>;
  device: string;
  /** How the daemon was reached, for messages: "local daemon (/tmp/…sock)" or "device x via mqtt://…". */
  via: string;
  mqtt: MqttClient;
  commands: CommandClient;
  close(): Promise<void>;
}

export async function connectTarget(opts: TargetOptions): Promise<Target> {
  const clientId = `mctl-${randomBytes(5).toString('hex')}`;
  const timeoutMs = (opts.timeout ?? 10) * 1000;
  let mqtt: MqttClient;
  let device: string;
  let via: string;
  if (opts.device) {
    device = assertDeviceName(opts.device);
    const url = opts.broker ?? process.env.MC_BROKER_URL ?? DEFAULT_BROKER_URL;
    mqtt = await connectBroker({
      url,
      username: opts.username,
      password: opts.password,
      caFile: opts.ca,
      clientId,
    });
    via = `device ${device} via ${url}`;
  } else {
    if (!existsSync(opts.socketPath)) {
      throw new McError(
        'MC_ERR_UNAVAILABLE',
        `no daemon is running at ${opts.socketPath} (start one with \`mctl up\`, or pass --socket-path)`,
      );
    }
    mqtt = await connectBroker({ url: `mqtt+unix://${opts.socketPath}`, clientId }).catch((err: unknown) => {
      throw new McError(
        'MC_ERR_UNAVAILABLE',
        `no daemon answers at ${opts.socketPath}: ${err instanceof Error ? err.message : String(err)}`,
      );
    });
    device = await localDeviceName(mqtt, opts.socketPath);
    via = `local daemon (${opts.socketPath})`;
  }
  // Over the fleet a command may wait for an offline device, but not forever: yesterday's
  // restart must not run today. Locally nothing queues, so it expires with the wait.
  const expiresMs = opts.device ? (opts.expires ?? DEFAULT_FLEET_EXPIRY_S) * 1000 : timeoutMs;
  const commands = new CommandClient({
    client: mqtt,
    replyName: clientId,
    issuer: clientId,
    defaultTimeoutMs: timeoutMs,
    defaultExpiresInMs: expiresMs,
  });
  await commands.start();
  const fleet = Boolean(opts.device);
  return {
    async send(action, options) {
      try {
        return await commands.send(device, action, options);
      } catch (err) {
        if (!fleet || !(err instanceof McError) || err.code !== 'MC_ERR_TIMEOUT') throw err;
        const { devicePresence, noReplyMessage } = await import('./commands/fleet.ts');
        throw new McError('MC_ERR_TIMEOUT', noReplyMessage(device, await devicePresence(mqtt, device)));
      }
    },
    device,
    via,
    mqtt,
    commands,
    async close() {
      await commands.stop();
      await mqtt.endAsync();
    },
  };
}

/** The local daemon announces itself with a retained presence on its own socket broker. */
async function localDeviceName(mqtt: MqttClient, socketPath: string): Promise<string> {
  const name = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      mqtt.removeListener('message', onMessage);
      reject(
        new McError('MC_ERR_UNAVAILABLE', `the daemon at ${socketPath} did not announce itself within 3 s`),
      );
    }, 3000);
    const onMessage = (topic: string, payload: Buffer) => {
      const decoded = decodeTopic(topic, payload);
      if (!decoded.ok || decoded.kind !== 'presence') return;
      clearTimeout(timer);
      mqtt.removeListener('message', onMessage);
      resolve(decoded.topic.device);
    };
    mqtt.on('message', onMessage);
  });
  await mqtt.subscribeAsync(filters.presence(), { qos: 0 });
  const device = await name;
  await mqtt.unsubscribeAsync(filters.presence());
  return device;
}
