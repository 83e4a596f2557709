// The daemon's own place on its local control bus: it publishes and subscribes inside the
// process, on the local broker's Aedes instance, instead of through an MQTT client connected
// to its own Unix socket. `mctl` clients on the socket see the same topics, messages and
// acknowledgements as before; the daemon no longer loads MQTT.js (with its transports and
// their node:http, tls and zlib) unless it has a fleet block (docs/benchmarks.md, device).
import type { Aedes, AedesPublishPacket } from 'aedes';
import type { CommandTransport, ReceiveCommand } from './command-endpoint.ts';

export interface LocalPublishOptions {
  qos: 0 | 1;
  retain?: boolean;
}

type Deliver = (packet: AedesPublishPacket, callback: () => void) => void;

export class LocalBus implements CommandTransport {
  readonly #aedes: Aedes;
  readonly #subscriptions = new Map<string, Deliver>();

  constructor(aedes: Aedes) {
    this.#aedes = aedes;
  }

  /** False once the broker is closing: publishes are then dropped by the caller, not queued. */
  get open(): boolean {
    return !this.#aedes.closed;
  }

  /**
   * A message the broker accepted is stored (when retained) and handed to every subscriber,
   * as for a client's PUBLISH; resolves when the broker is done with it.
   */
  publish(topic: string, payload: Uint8Array, options: LocalPublishOptions): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#aedes.publish(
        {
          cmd: 'publish',
          topic,
          payload: Buffer.isBuffer(payload) ? payload : Buffer.from(payload),
          qos: options.qos,
          retain: options.retain ?? false,
          dup: false,
        },
        (err) => (err ? reject(err) : resolve()),
      );
    });
  }

  /**
   * Hands each message published on `topic` to `receive`. The broker acknowledges a QoS 1
   * PUBLISH to its sender once every subscriber is done, so the PUBACK waits for `ack`.
   */
  subscribe(topic: string, receive: ReceiveCommand): Promise<void> {
    if (this.#subscriptions.has(topic)) return Promise.resolve();
    const deliver: Deliver = (packet, callback) => {
      const payload = Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload);
      receive(payload, packet.qos, callback);
    };
    this.#subscriptions.set(topic, deliver);
    return new Promise((resolve) => this.#aedes.subscribe(topic, deliver, () => resolve()));
  }

  unsubscribe(topic: string): Promise<void> {
    const deliver = this.#subscriptions.get(topic);
    if (!deliver) return Promise.resolve();
    this.#subscriptions.delete(topic);
    if (this.#aedes.closed) return Promise.resolve();
    return new Promise((resolve) => this.#aedes.unsubscribe(topic, deliver, () => resolve()));
  }
}
