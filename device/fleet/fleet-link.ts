// The device daemon's link to the fleet (DESIGN.md §3, docs/fleet-link.md): presence with a
// Last Will, the retained status and workload states, heartbeats, the event outbox, and the
// command endpoint on mc/{d}/cmd, and the desired-state subscription with its release
// fetches (device/release/) — all over one MQTT connection made in the background, so
// supervision never waits on the network.
import { hostname as osHostname } from 'node:os';
import type { RootDatabase } from 'lmdb';
import type { Logger } from 'pino';
import { encode } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { publishUntilAcked } from '../../proto/mqtt-publish.ts';
import { topics } from '../../proto/topics.ts';
import { CommandEndpoint } from '../command-endpoint.ts';
import { CommandInbox } from '../commands/command-inbox.ts';
import type { CommandDispatcher } from '../commands/dispatcher.ts';
import type { FleetConfig } from '../config/daemon-schema.ts';
import { type Clock, systemClock } from '../supervisor/clock.ts';
import type { SupervisorEvent, WorkloadView } from '../supervisor/types.ts';
import { type EventMessage, eventOf } from '../wire.ts';
import { type BackoffPolicy, ReconnectBackoff } from './backoff.ts';
import { linkClientOptions } from './client-options.ts';
import { DesiredLink, type DesiredListener } from './desired-link.ts';
import { EventOutbox } from './event-outbox.ts';
import { EventRelay } from './event-relay.ts';
import { FleetConnection } from './fleet-connection.ts';
import { Heartbeat } from './heartbeat.ts';
import { onlinePresence, type PresenceIdentity, shutdownPresence, willPresence } from './presence.ts';
import { RetainedNames } from './retained-names.ts';
import { type MetricsSource, StatePublisher } from './state-publisher.ts';

/** Default period of the status refresh (fresh system metrics; what `fleet ls` calls stale). */
export const DEFAULT_REFRESH_MS = 5 * 60_000;
/** Default minimum age of a workload state before its rss/cpu alone is republished. */
export const DEFAULT_WORKLOAD_REFRESH_MS = 15 * 60_000;
/** How long stop() waits for the broker to acknowledge the offline presence. */
const GOODBYE_TIMEOUT_MS = 2000;
/** How long stop() waits for the outbox to drain; what is left is sent by the next start. */
const DRAIN_TIMEOUT_MS = 2000;

/** What the link needs of the Supervisor: its workload views and its two events. */
export interface FleetSupervisor {
  list(): WorkloadView[];
  on(event: 'state', listener: (view: WorkloadView) => void): unknown;
  on(event: 'event', listener: (event: SupervisorEvent) => void): unknown;
  off(event: 'state', listener: (view: WorkloadView) => void): unknown;
  off(event: 'event', listener: (event: SupervisorEvent) => void): unknown;
}

/** The release side of the device (device/release/release-manager.ts), as the link sees it. */
export interface FleetReleases {
  offer: DesiredListener;
  report(): { release: string; desired_generation: number; release_error: string };
}

export interface FleetLinkDeps {
  config: FleetConfig;
  device: string;
  /** Random id of this daemon run (Presence.boot_id, Event.boot_id). */
  bootId: string;
  daemonVersion: string;
  supervisor: FleetSupervisor;
  metrics: MetricsSource;
  dispatcher: CommandDispatcher;
  /** LMDB environment of the daemon's link state; the link opens its own `fleet_*` sub-databases. */
  root: RootDatabase;
  logger: Logger;
  now?: () => number;
  /** Timers of the link (debounce, refresh, heartbeat); default: real timers with `now`. */
  clock?: Clock;
  /** Release the device runs ('' until releases exist); ignored when `releases` is given. */
  release?: () => string;
  /** Receives mc/{d}/desired and reports the release fields of status and presence. */
  releases?: FleetReleases;
  hostname?: string;
  /** What the device can run (Presence and DeviceStatus capabilities). */
  capabilities?: readonly string[];
  /** Task runs in progress, for DeviceStatus.tasks_running. */
  tasksRunning?: () => number;
  backoff?: Partial<BackoffPolicy>;
  refreshMs?: number;
  workloadRefreshMs?: number;
}

export interface FleetLinkStats {
  connected: boolean;
  status_seq: number;
  event_seq: number;
  events_pending: number;
  events_dropped: number;
}

interface Running {
  connection: FleetConnection;
  endpoint: CommandEndpoint;
  outbox: EventOutbox;
  relay: EventRelay;
  names: RetainedNames;
  publisher: StatePublisher;
  heartbeat: Heartbeat;
  desired: DesiredLink | undefined;
}

export class FleetLink {
  readonly #deps: FleetLinkDeps;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #presence: PresenceIdentity;
  #running: Running | undefined;
  /** When the current connection's CONNECT (and its will) went out. */
  #connectAttemptMs = 0;
  #starting: Promise<void> | undefined;
  #stopping: Promise<void> | undefined;

  constructor(deps: FleetLinkDeps) {
    this.#deps = deps;
    this.#logger = deps.logger.child({ component: 'fleet' });
    const now = deps.now;
    this.#clock = deps.clock ?? (now ? { ...systemClock, now } : systemClock);
    this.#presence = {
      bootId: deps.bootId,
      daemonVersion: deps.daemonVersion,
      hostname: deps.hostname ?? osHostname(),
      release: releaseOf(deps),
      capabilities: deps.capabilities ?? [],
    };
  }

  get connected(): boolean {
    return this.#running?.connection.connected === true;
  }

  stats(): FleetLinkStats {
    const r = this.#running;
    return {
      connected: this.connected,
      status_seq: r?.publisher.statusSeq ?? 0,
      event_seq: r?.outbox.lastSeq ?? 0,
      events_pending: r?.relay.pending ?? 0,
      events_dropped: r?.outbox.dropped ?? 0,
    };
  }

  /** Sets everything up and starts connecting in the background; resolves without waiting for the broker. */
  start(): Promise<void> {
    this.#starting ??= (this.#stopping ?? Promise.resolve()).then(() => this.#startOnce());
    return this.#starting;
  }

  async #startOnce(): Promise<void> {
    const { config, device, root, supervisor, dispatcher, releases } = this.#deps;
    const logger = this.#logger;
    const clock = this.#clock;
    const client = await linkClientOptions(config, device, willPresence(this.#presence, clock.now()));
    const connection = new FleetConnection({
      client,
      backoff: new ReconnectBackoff(this.#deps.backoff),
      will: () => {
        this.#connectAttemptMs = clock.now();
        return willPresence(this.#presence, this.#connectAttemptMs);
      },
      logger,
    });
    const mqtt = connection.create();
    const isConnected = () => connection.connected;
    const outbox = new EventOutbox(root);
    const eventsTopic = topics.events(device);
    const heartbeatTopic = topics.heartbeat(device);
    const names = new RetainedNames(root);
    const publisher = new StatePublisher({
      identity: {
        device,
        bootId: this.#deps.bootId,
        daemonVersion: this.#deps.daemonVersion,
        tags: config.tags,
        capabilities: this.#deps.capabilities ?? [],
      },
      ...(this.#deps.tasksRunning ? { tasksRunning: this.#deps.tasksRunning } : {}),
      source: supervisor,
      metrics: this.#deps.metrics,
      release: this.#presence.release,
      ...(releases ? { report: () => releases.report() } : {}),
      publish: async (topic, payload) => {
        await mqtt.publishAsync(topic, Buffer.from(payload), { qos: 1, retain: true });
      },
      isConnected,
      names,
      clock,
      debounceMs: config.status_debounce_ms,
      refreshMs: this.#deps.refreshMs ?? DEFAULT_REFRESH_MS,
      workloadRefreshMs: this.#deps.workloadRefreshMs ?? DEFAULT_WORKLOAD_REFRESH_MS,
      logger,
    });
    const running: Running = {
      connection,
      // Listens from now on: a resumed session may deliver queued commands with the CONNACK.
      // The inbox keeps each QoS 1 command before its PUBACK (command-inbox.ts).
      endpoint: new CommandEndpoint({
        client: mqtt,
        dispatcher,
        device,
        link: 'fleet',
        logger,
        inbox: new CommandInbox(root),
      }),
      outbox,
      names,
      publisher,
      relay: new EventRelay({
        outbox,
        limit: config.outbox_limit,
        publish: async (payload) => {
          await publishUntilAcked(mqtt, eventsTopic, Buffer.from(payload), { qos: 1 });
        },
        isConnected,
        now: () => clock.now(),
        logger,
      }),
      heartbeat: new Heartbeat({
        intervalMs: config.heartbeat_interval * 1000,
        metrics: this.#deps.metrics,
        statusSeq: () => publisher.statusSeq,
        publish: (payload) => {
          if (!connection.connected) return false;
          mqtt.publish(heartbeatTopic, Buffer.from(payload), { qos: 0 });
          return true;
        },
        clock,
        logger,
      }),
      desired: releases
        ? new DesiredLink({ client: mqtt, device, onDesired: (d) => releases.offer(d), logger })
        : undefined,
    };
    this.#running = running;
    // The subscription is sent once connected (MQTT.js queues it); never awaited here.
    running.endpoint.start().catch((err: unknown) => logger.warn({ err }, 'cmd subscription failed'));
    running.desired
      ?.start()
      .catch((err: unknown) => logger.warn({ err }, 'desired-state subscription failed'));
    connection.on('up', this.#onUp);
    supervisor.on('state', this.#onState);
    supervisor.on('event', this.#onEvent);
    publisher.start();
    running.heartbeat.start();
    connection.open();
  }

  readonly #onUp = (): void => {
    const r = this.#running;
    if (!r) return;
    // Presence first, then the full retained picture (an outage may have hidden changes).
    this.#publishPresence();
    void r.publisher.publishAll();
    void r.heartbeat.beatNow();
    r.relay.kick();
  };

  #publishPresence(): void {
    const client = this.#running?.connection.client;
    if (!client) return;
    client
      .publishAsync(
        topics.presence(this.#deps.device),
        // The same since_ms as the will registered with this connection: a reader that drops
        // presences older than the one it has (late copies of a replaced connection's will)
        // must not drop this connection's own will for being 'older' than its online presence.
        Buffer.from(onlinePresence(this.#presence, this.#connectAttemptMs || this.#clock.now())),
        { qos: 1, retain: true },
      )
      .catch((err: unknown) => this.#logger.debug({ err }, 'presence not acknowledged'));
  }

  /** The retained release bundle of `version` (device/release/ asks for it). */
  fetchRelease(version: string, signal: AbortSignal): ReturnType<DesiredLink['fetchRelease']> {
    const desired = this.#running?.desired;
    if (!desired) return Promise.reject(new McError('MC_ERR_UNAVAILABLE', 'the fleet link is not running'));
    return desired.fetchRelease(version, signal);
  }

  /** An event that is not a supervisor's (DEPLOYED, DEPLOY_FAILED…): through the same outbox. */
  recordEvent(event: Omit<EventMessage, 'seq' | 'boot_id'>): void {
    this.#store((seq) => ({ ...event, seq, boot_id: this.#deps.bootId }));
  }

  /** The release fields changed: status now, and presence (which carries `release`) when connected. */
  statusChanged(): void {
    const r = this.#running;
    if (!r) return;
    r.publisher.markChanged();
    if (r.connection.connected) this.#publishPresence();
  }

  readonly #onState = (): void => {
    this.#running?.publisher.markChanged();
  };

  /** Something in the status other than a workload changed (e.g. tasks_running): publish it, debounced. */
  markStatusChanged(): void {
    this.#running?.publisher.markChanged();
  }

  readonly #onEvent = (event: SupervisorEvent): void => {
    this.#store((seq) => eventOf(event, seq, this.#deps.bootId));
  };

  #store(build: (seq: number) => EventMessage): void {
    const r = this.#running;
    if (!r) return;
    let seq = 0;
    try {
      seq = r.outbox.allocateSeq();
      const message = build(seq);
      r.relay
        .add(seq, encode('events', message))
        .catch((err: unknown) => this.#logger.error({ err, seq }, 'event not stored'));
    } catch (err) {
      // An event the contract cannot carry must not break the emitter.
      this.#logger.error({ err, seq }, 'event not encodable');
    }
  }

  /** Says goodbye (retained offline presence) when connected, then closes the link and its timers. */
  stop(): Promise<void> {
    this.#stopping ??= (this.#starting ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.#stopOnce())
      .finally(() => {
        this.#starting = undefined;
        this.#stopping = undefined;
      });
    return this.#stopping;
  }

  async #stopOnce(): Promise<void> {
    const r = this.#running;
    if (!r) return;
    this.#running = undefined;
    const { supervisor, device } = this.#deps;
    supervisor.off('state', this.#onState);
    supervisor.off('event', this.#onEvent);
    r.connection.off('up', this.#onUp);
    r.heartbeat.stop();
    r.desired?.stop();
    // The last states (workloads stopped by the shutdown) go out before the goodbye.
    if (r.connection.connected) await r.publisher.flushNow();
    await r.publisher.stop();
    // Commands being handled still get their reply (e.g. the reply to `shutdown`).
    await r.endpoint.stop();
    if (r.connection.connected && !(await r.relay.drained(DRAIN_TIMEOUT_MS))) {
      this.#logger.warn({ pending: r.relay.pending }, 'events left in the outbox for the next start');
    }
    const client = r.connection.client;
    if (client?.connected) {
      const goodbye = client.publishAsync(
        topics.presence(device),
        Buffer.from(shutdownPresence(this.#presence, this.#clock.now())),
        { qos: 1, retain: true },
      );
      await withTimeout(goodbye, GOODBYE_TIMEOUT_MS).catch((err: unknown) =>
        this.#logger.warn({ err }, 'offline presence not acknowledged'),
      );
    }
    await r.connection.close();
    await Promise.all([r.outbox.flushed(), r.names.flushed()]);
    this.#logger.info('fleet link stopped');
  }
}

function releaseOf(deps: FleetLinkDeps): () => string {
  const { releases, release } = deps;
  if (releases) return () => releases.report().release;
  return release ?? (() => '');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new McError('MC_ERR_TIMEOUT', `not acknowledged within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
