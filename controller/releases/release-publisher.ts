// Puts stored releases on the bus, retained on mc/releases/{version}, with the controller's
// operator connection (the only one allowed packets that big). Each version is published at
// most once per controller run unless forced: the broker keeps it retained, and a deployment
// calls ensure() before pointing devices at it, which also repairs a bundle lost by an
// external broker or a crash between storing and publishing.
import type { MqttClient } from 'mqtt';
import { McError } from '../../proto/errors.ts';
import { topics } from '../../proto/topics.ts';
import type { ReleaseStore } from './release-store.ts';

export class ReleasePublisher {
  readonly #client: MqttClient;
  readonly #store: ReleaseStore;
  readonly #published = new Set<string>();

  constructor(opts: { client: MqttClient; store: ReleaseStore }) {
    this.#client = opts.client;
    this.#store = opts.store;
  }

  /** Publishes the bundle retained (QoS 1: resolves once the broker has it). */
  async publish(version: string): Promise<void> {
    const bytes = this.#store.bundle(version);
    if (!bytes) throw new McError('MC_ERR_NOT_FOUND', `no release ${version}`);
    await this.#client.publishAsync(topics.release(version), Buffer.from(bytes), { qos: 1, retain: true });
    this.#published.add(version);
  }

  async ensure(version: string): Promise<void> {
    if (!this.#published.has(version)) await this.publish(version);
  }
}
