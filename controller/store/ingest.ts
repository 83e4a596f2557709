// Feeds the fleet store from the bus: subscribes the controller's MQTT client to every
// device's telemetry and hands each message to FleetStore.ingest(). Subscribing is also how
// the store is rebuilt: the broker answers with every retained presence, status and
// workload state, so a store whose directory was deleted is whole again within moments.
// Heartbeats are QoS 0 on the wire, so subscribing with more would only cost acknowledgements.
//
// The controller's session is persistent (clean: false, docs/controller.md): while it is away
// the broker queues every QoS 1 message matching these subscriptions (events above all: they
// are not retained, and the device forgets them once the broker has acknowledged them), and
// delivers the queue right after the next CONNACK, before any SUBSCRIBE. Hence listen() is
// separate from start() and must run before the client connects, and stop() keeps the
// subscriptions (an UNSUBSCRIBE would end the queueing for the next downtime).
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

  /**
   * Feeds the store from every message the client receives from now on (idempotent). Call it
   * before the client connects: a persistent session's queued messages follow the CONNACK.
   */
  listen(): void {
    if (this.#listening) return;
    this.#deps.client.on('message', this.#onMessage);
    this.#listening = true;
  }

  /** Listens and subscribes (idempotent); resolves once the broker granted every subscription. */
  start(): Promise<void> {
    this.#starting ??= this.#start().catch((err: unknown) => {
      this.#starting = undefined;
      this.#unlisten();
      throw err;
    });
    return this.#starting;
  }

  /**
   * Stops feeding the store (idempotent). The subscriptions stay: they belong to the broker's
   * session of this client, which keeps queueing for the next run. Call it after the client
   * disconnected: MQTT.js acknowledges a QoS 1 message whether or not anyone listens, so a
   * message arriving in between would be acknowledged and lost.
   */
  async stop(): Promise<void> {
    const starting = this.#starting;
    this.#starting = undefined;
    await starting?.catch(() => undefined);
    this.#unlisten();
  }

  async #start(): Promise<void> {
    // Listen before subscribing: retained messages follow the SUBACK at once.
    this.listen();
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
