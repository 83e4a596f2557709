// Feeds the fleet store from the bus: subscribes the controller's MQTT client to every
// device's telemetry and hands each message to FleetStore.ingest(). Subscribing is also how
// the store is rebuilt: the broker answers with every retained presence, status and
// workload state, so a store whose directory was deleted is whole again within moments.
// Heartbeats are QoS 0 on the wire, so subscribing with more would only cost acknowledgements.
import type { IPublishPacket, ISubscriptionMap, MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import { filters, matchesFilter, parseTopic, type TopicKind } from '../../proto/topics.ts';
import type { FleetStore } from './fleet-store.ts';

export const INGEST_FILTERS: string[] = [
  filters.presence(),
  filters.status(),
  filters.workloads(),
  filters.heartbeat(),
  filters.events(),
];

const SUBSCRIPTIONS: ISubscriptionMap = Object.fromEntries(
  INGEST_FILTERS.map((filter) => [filter, { qos: filter === filters.heartbeat() ? 0 : 1 }]),
);

const TELEMETRY: ReadonlySet<TopicKind> = new Set(['presence', 'status', 'workload', 'heartbeat', 'events']);

export interface FleetIngestDeps {
  client: MqttClient;
  store: FleetStore;
  logger: Logger;
}

export class FleetIngest {
  readonly #deps: FleetIngestDeps;
  readonly #logger: Logger;
  #starting: Promise<void> | undefined;
  #listening = false;

  constructor(deps: FleetIngestDeps) {
    this.#deps = deps;
    this.#logger = deps.logger.child({ component: 'fleet-ingest' });
  }

  /** Subscribes (idempotent); resolves once the broker granted every subscription. */
  start(): Promise<void> {
    this.#starting ??= this.#start().catch((err: unknown) => {
      this.#starting = undefined;
      this.#unlisten();
      throw err;
    });
    return this.#starting;
  }

  /** Unsubscribes when still connected and stops feeding the store (idempotent). */
  async stop(): Promise<void> {
    const starting = this.#starting;
    if (!starting) return;
    this.#starting = undefined;
    await starting.catch(() => undefined);
    this.#unlisten();
    const { client } = this.#deps;
    if (!client.connected) return;
    try {
      await client.unsubscribeAsync(INGEST_FILTERS);
    } catch (err) {
      // The connection is going away anyway; the subscriptions go with it.
      this.#logger.debug({ err }, 'unsubscribe failed');
    }
  }

  async #start(): Promise<void> {
    // Listen before subscribing: retained messages follow the SUBACK at once.
    this.#deps.client.on('message', this.#onMessage);
    this.#listening = true;
    const granted = await this.#deps.client.subscribeAsync(SUBSCRIPTIONS);
    const refused = granted.filter((g) => g.qos === 128).map((g) => g.topic);
    if (refused.length > 0) {
      throw new McError('MC_ERR_FORBIDDEN', `broker refused the subscriptions ${refused.join(', ')}`);
    }
    this.#logger.info({ filters: INGEST_FILTERS }, 'fleet ingest subscribed');
  }

  #unlisten(): void {
    if (!this.#listening) return;
    this.#deps.client.removeListener('message', this.#onMessage);
    this.#listening = false;
  }

  // The client is shared (commands, replies): only our telemetry goes to the store. A topic
  // that matched our filters but is not a valid contract topic goes too, to be counted.
  readonly #onMessage = (topic: string, payload: Buffer, packet: IPublishPacket): void => {
    const parsed = parseTopic(topic);
    const ours = parsed ? TELEMETRY.has(parsed.kind) : INGEST_FILTERS.some((f) => matchesFilter(f, topic));
    if (ours) this.#deps.store.ingest(topic, payload, packet.retain);
  };
}
