// The device's side of releases on the fleet connection: the subscription to its retained
// mc/{d}/desired (the broker hands over the retained copy at SUBSCRIBE, and a persistent
// session queues changes made while the device was offline), and one-shot fetches of a
// retained mc/releases/{version}, subscribed only while a release is wanted so that a
// multi-megabyte bundle is never sent to a device that does not need it.
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { decode, type Message } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import type { Release } from '../../proto/release.ts';
import { topics } from '../../proto/topics.ts';

export type DesiredListener = (desired: Message<'desired'> | null) => void;

export interface DesiredLinkDeps {
  client: MqttClient;
  device: string;
  onDesired: DesiredListener;
  logger: Logger;
}

export class DesiredLink {
  readonly #deps: DesiredLinkDeps;
  readonly #topic: string;
  #started = false;

  constructor(deps: DesiredLinkDeps) {
    this.#deps = deps;
    this.#topic = topics.desired(deps.device);
  }

  /** Listens from now on; the SUBSCRIBE goes out once connected (MQTT.js queues it). */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#deps.client.on('message', this.#onMessage);
    await this.#deps.client.subscribeAsync(this.#topic, { qos: 1 });
  }

  stop(): void {
    this.#started = false;
    this.#deps.client.removeListener('message', this.#onMessage);
  }

  readonly #onMessage = (topic: string, payload: Buffer): void => {
    if (topic !== this.#topic) return;
    // [MQTT-3.3.1-10] an empty retained payload clears the topic: no desired state any more.
    if (payload.length === 0) {
      this.#deps.onDesired(null);
      return;
    }
    const decoded = decode('desired', payload);
    if (!decoded.ok) {
      this.#deps.logger.warn({ err: decoded.error.message }, 'undecodable desired state ignored');
      return;
    }
    this.#deps.onDesired(decoded.value);
  };

  /**
   * Subscribes to mc/releases/{version} and resolves with the first release it carries (the
   * retained copy, or the one published later). Resolves across reconnects: MQTT.js
   * resubscribes when the session was lost. Unsubscribes when done or aborted.
   */
  fetchRelease(version: string, signal: AbortSignal): Promise<Release> {
    const { client, logger } = this.#deps;
    const topic = topics.release(version);
    return new Promise<Release>((resolve, reject) => {
      const done = () => {
        client.removeListener('message', onMessage);
        signal.removeEventListener('abort', onAbort);
        client
          .unsubscribeAsync(topic)
          .catch((err: unknown) => logger.debug({ err, topic }, 'unsubscribe failed'));
      };
      const onMessage = (t: string, payload: Buffer) => {
        if (t !== topic || payload.length === 0) return;
        const decoded = decode('release', payload);
        if (!decoded.ok) {
          done();
          reject(new McError('MC_ERR_DECODE', `${topic}: ${decoded.error.message}`));
          return;
        }
        done();
        resolve(decoded.value);
      };
      const onAbort = () => {
        done();
        reject(new McError('MC_ERR_CONFLICT', `fetch of release ${version} aborted`));
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      client.on('message', onMessage);
      signal.addEventListener('abort', onAbort, { once: true });
      client.subscribeAsync(topic, { qos: 1 }).catch((err: unknown) => {
        // Not fatal: a subscribe cut by a disconnect is redone by MQTT.js's resubscribe.
        logger.warn({ err, topic }, 'release subscription not acknowledged');
      });
    });
  }
}
