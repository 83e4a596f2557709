// The device's MQTT connection to the fleet broker: connects in the background, reconnects
// forever with backoff + jitter, refreshes the Last Will at every CONNECT, and turns Nagle's
// algorithm off. Everything above it (presence, status, events, commands) only sees
// 'up' and 'down'.
//
// Reconnect policy: MQTT.js retries every `reconnectPeriod` ms, a fixed value it reads when
// a connection attempt fails. We set that value before MQTT.js reads it — our 'close'
// listener is *prepended*, so it runs before MQTT.js's own — to the next delay of a
// ReconnectBackoff. A successful CONNACK resets the backoff. With several broker URLs,
// MQTT.js moves to the next one at each attempt (`servers`), so failover rides the same loop.
import { EventEmitter } from 'node:events';
import { connect, type IConnackPacket, type MqttClient, type Packet } from 'mqtt';
import type { Logger } from 'pino';
import { setNoDelay } from '../../proto/mqtt-nodelay.ts';
import type { ReconnectBackoff } from './backoff.ts';
import type { LinkClientOptions } from './client-options.ts';

export interface FleetConnectionDeps {
  client: LinkClientOptions;
  backoff: ReconnectBackoff;
  /** A fresh Last Will payload, built at each CONNECT (its since_ms is the connect time). */
  will: () => Uint8Array;
  logger: Logger;
}

export interface FleetConnectionEvents {
  up: [connack: IConnackPacket];
  down: [];
}

export class FleetConnection extends EventEmitter<FleetConnectionEvents> {
  readonly #deps: FleetConnectionDeps;
  readonly #logger: Logger;
  #client: MqttClient | undefined;
  /** True once the delay after the current failed attempt has been chosen. */
  #delayChosen = false;
  #wasUp = false;

  constructor(deps: FleetConnectionDeps) {
    super();
    this.#deps = deps;
    this.#logger = deps.logger;
  }

  /** The MQTT.js client; exists from start() on (it may not be connected). */
  get client(): MqttClient | undefined {
    return this.#client;
  }

  get connected(): boolean {
    return this.#client?.connected === true;
  }

  /**
   * Creates the client without connecting, so the caller can attach its 'message' listener
   * first: a resumed session may deliver queued commands in the same read as the CONNACK.
   */
  create(): MqttClient {
    if (this.#client) return this.#client;
    const { url, options } = this.#deps.client;
    const client = connect(url, options);
    client.on('packetsend', this.#onPacketSend);
    client.prependListener('close', this.#onClose);
    client.on('error', this.#onError);
    client.on('connect', this.#onConnect);
    this.#client = client;
    return client;
  }

  /** Starts connecting in the background; never waits for the network. */
  open(): void {
    const client = this.create();
    this.#logger.info({ url: this.#deps.client.url, client_id: client.options.clientId }, 'connecting');
    client.connect();
  }

  readonly #onPacketSend = (packet: Packet): void => {
    if (packet.cmd !== 'connect') return;
    this.#delayChosen = false;
    // MQTT.js serialises this very object right after the event, so the will sent with this
    // CONNECT carries the time of this attempt.
    if (packet.will) packet.will.payload = Buffer.from(this.#deps.will());
    if (this.#client) setNoDelay(this.#client);
  };

  readonly #onConnect = (connack: IConnackPacket): void => {
    this.#deps.backoff.reset();
    this.#wasUp = true;
    this.#logger.info({ session_present: connack.sessionPresent }, 'connected to the fleet broker');
    this.emit('up', connack);
  };

  readonly #onClose = (): void => {
    this.#chooseDelay();
    if (this.#wasUp) {
      this.#wasUp = false;
      this.#logger.warn('fleet broker connection lost');
      this.emit('down');
    }
  };

  readonly #onError = (err: Error & { code?: unknown }): void => {
    // A refused CONNACK reconnects without a 'close' first: choose the delay now.
    if (typeof err.code === 'number') this.#chooseDelay();
    this.#logger.warn({ err: err.message, attempt: this.#deps.backoff.attempt }, 'fleet broker error');
  };

  #chooseDelay(): void {
    const client = this.#client;
    if (!client || this.#delayChosen) return;
    this.#delayChosen = true;
    const delay = this.#deps.backoff.next();
    client.options.reconnectPeriod = delay;
    this.#logger.debug({ delay_ms: delay, attempt: this.#deps.backoff.attempt }, 'next reconnect');
  }

  /**
   * Closes the connection: a DISCONNECT when connected (so the broker discards the will),
   * after in-flight QoS 1 publishes are acknowledged — or at once after `graceMs`.
   */
  async close(graceMs = 3000): Promise<void> {
    const client = this.#client;
    if (!client) return;
    this.#client = undefined;
    client.removeListener('packetsend', this.#onPacketSend);
    client.removeListener('close', this.#onClose);
    client.removeListener('connect', this.#onConnect);
    this.#wasUp = false;
    // MQTT.js's graceful end waits for every unacknowledged QoS 1 publish, which never
    // happens while disconnected: then, or after the grace period, end by force.
    if (client.connected) {
      let timer: NodeJS.Timeout | undefined;
      const graceful = await Promise.race([
        client.endAsync(false).then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(timer);
      // A second end() is a no-op while the first is pending: cut the socket instead.
      if (!graceful) client.stream.destroy();
    } else {
      await client.endAsync(true);
    }
    client.removeListener('error', this.#onError);
  }
}
