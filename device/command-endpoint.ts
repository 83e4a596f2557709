// Attaches the command dispatcher to one connection: subscribes to the device's cmd topic and
// publishes each reply on the command's reply_to. The daemon runs one endpoint on its local
// socket bus (in-process on the local broker, local-bus.ts) and one on the fleet broker (an
// MQTT.js client), both over the same dispatcher.
//
// With an inbox (the fleet endpoint), a QoS 1 command is taken in MQTT.js's handleMessage,
// which runs before the PUBACK: it is written to the inbox, and the PUBACK waits for that
// commit (not for the command to run). Entries a killed daemon left are replayed by start().
// The local endpoint needs none: its requester is on the same box and sees the error.
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { decode } from '../proto/codec.ts';
import { publishUntilAcked } from '../proto/mqtt-publish.ts';
import { parseTopic, topics } from '../proto/topics.ts';
import { type CommandInbox, needsStartMark } from './commands/command-inbox.ts';
import type { CommandDispatcher, CommandOrigin, DispatchOptions } from './commands/dispatcher.ts';

/** One message on the endpoint's topic; a QoS 1 sender is acknowledged once `ack` is called. */
export type ReceiveCommand = (payload: Buffer, qos: number, ack: () => void) => void;

/** The connection an endpoint serves. */
export interface CommandTransport {
  /** Hands every message on `topic` to `receive` from now on (synchronously set up); resolves once subscribed. */
  subscribe(topic: string, receive: ReceiveCommand): Promise<void>;
  /** Stops handing messages to `receive`; a persistent session keeps its subscription. */
  unsubscribe(topic: string): Promise<void>;
  /** QoS 1 resolves on the acknowledgement. */
  publish(topic: string, payload: Uint8Array, options: { qos: 0 | 1 }): Promise<void>;
}

type HandleMessage = MqttClient['handleMessage'];

/** An MQTT.js client (the fleet link), or another transport (the local bus). */
type EndpointConnection =
  | { client: MqttClient; transport?: undefined }
  | { transport: CommandTransport; client?: undefined };

/**
 * An MQTT.js client as a transport. Messages are taken in handleMessage, which MQTT.js calls
 * for every PUBLISH (after 'message') and whose callback sends the PUBACK. A QoS 1 publish
 * survives a reconnect (publishUntilAcked).
 */
export function mqttTransport(client: MqttClient): CommandTransport {
  let restore: (() => void) | undefined;
  return {
    subscribe(topic, receive) {
      restore?.();
      const original = client.handleMessage;
      const hook: HandleMessage = (packet, done) => {
        if (packet.topic !== topic) {
          original.call(client, packet, done);
          return;
        }
        const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload) : packet.payload;
        receive(payload, packet.qos, () => done());
      };
      client.handleMessage = hook;
      restore = () => {
        if (client.handleMessage === hook) client.handleMessage = original;
        restore = undefined;
      };
      return client.subscribeAsync(topic, { qos: 1 }).then(() => undefined);
    },
    async unsubscribe() {
      restore?.();
    },
    async publish(topic, payload, { qos }) {
      const bytes = Buffer.from(payload);
      if (qos === 0) await client.publishAsync(topic, bytes, { qos });
      else await publishUntilAcked(client, topic, bytes, { qos });
    },
  };
}

export class CommandEndpoint {
  readonly #transport: CommandTransport;
  readonly #dispatcher: CommandDispatcher;
  readonly #topic: string;
  readonly #logger: Logger;
  readonly #origin: CommandOrigin;
  /** Commands being handled; stop() waits for them so a reply (e.g. to shutdown) still goes out. */
  readonly #inFlight = new Set<Promise<void>>();
  readonly #inbox: CommandInbox | undefined;
  #started = false;

  constructor(
    deps: EndpointConnection & {
      dispatcher: CommandDispatcher;
      device: string;
      link: CommandOrigin['link'];
      logger: Logger;
      /** Durable inbox: commands are kept before their PUBACK and replayed after a crash. */
      inbox?: CommandInbox;
    },
  ) {
    this.#transport = deps.transport === undefined ? mqttTransport(deps.client) : deps.transport;
    this.#dispatcher = deps.dispatcher;
    this.#inbox = deps.inbox;
    this.#topic = topics.cmd(deps.device);
    this.#logger = deps.logger;
    this.#origin = {
      link: deps.link,
      publish: (topic, payload, qos) => this.#transport.publish(topic, payload, { qos }),
    };
  }

  readonly #receive: ReceiveCommand = (payload, qos, ack) => {
    const inbox = this.#inbox;
    if (!inbox || qos === 0) {
      this.#track(this.#handle(payload));
      ack();
      return;
    }
    const decoded = decode('cmd', payload);
    if (!decoded.ok) {
      // Not kept (no id to key it by): answered at once as before; never fills the inbox.
      this.#track(this.#handle(payload));
      ack();
      return;
    }
    const id = decoded.value.id;
    const kept = inbox.add(id, payload).catch((err: unknown) => {
      this.#logger.error({ err, id }, 'command inbox write failed; command kept in memory only');
      return false;
    });
    void kept.then((ok) => {
      if (!ok)
        this.#logger.warn({ id, inbox: inbox.size() }, 'command inbox full or command too large: not kept');
      ack();
    });
    this.#track(this.#handle(payload, { id, kept }));
  };

  #track(handling: Promise<void>): void {
    const safe = handling.catch((err: unknown) => {
      // dispatch() answers bad input itself; anything left must not end the daemon.
      this.#logger.error({ err }, 'command handling failed');
    });
    this.#inFlight.add(safe);
    void safe.finally(() => this.#inFlight.delete(safe));
  }

  async #handle(
    payload: Uint8Array,
    kept?: { id: string; kept: Promise<boolean> },
    options: DispatchOptions = {},
  ): Promise<void> {
    const inbox = this.#inbox;
    const dispatchOptions: DispatchOptions = { ...options };
    if (inbox && kept) {
      // Not safe to run twice: mark it started (committed) first, so a replay after a crash
      // answers it as interrupted instead of running it again.
      dispatchOptions.beforeRun = async (command) => {
        if (!needsStartMark(command.action)) return;
        if (!(await kept.kept)) return;
        await inbox.markStarted(kept.id);
      };
    }
    // dispatch() never throws; publishing can fail when the link drops, and then the
    // requester times out (a QoS 1 redelivery gets the remembered reply).
    const outcome = await this.#dispatcher.dispatch(payload, this.#origin, dispatchOptions);
    try {
      await this.#reply(outcome);
    } finally {
      if (inbox && kept && outcome) {
        // Once the reply is on disk a replay would only resend it: the entry can go.
        await outcome.recorded;
        await kept.kept;
        await inbox.remove(kept.id);
      }
    }
  }

  async #reply(outcome: Awaited<ReturnType<CommandDispatcher['dispatch']>>): Promise<void> {
    if (!outcome?.replyTo) return;
    // Only to mc/reply/{client}: a reply_to with a wildcard (or any topic the device may not
    // publish) made the broker close the connection, and MQTT.js resent that QoS 1 reply
    // after every reconnect, keeping the device offline until its daemon restarted.
    if (parseTopic(outcome.replyTo)?.kind !== 'reply') {
      this.#logger.warn(
        { reply_to: outcome.replyTo.slice(0, 200) },
        'reply not sent: reply_to is not an mc/reply/{client} topic',
      );
      return;
    }
    try {
      await this.#transport.publish(outcome.replyTo, outcome.reply, { qos: 1 });
    } catch (err) {
      this.#logger.warn({ err, reply_to: outcome.replyTo }, 'could not publish a command reply');
    }
  }

  /**
   * Replays what a killed daemon left in the inbox (synchronously, before any new command can
   * arrive, so a broker redelivery of the same id is recognised), then subscribes.
   */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    if (this.#inbox) this.#replay(this.#inbox);
    await this.#transport.subscribe(this.#topic, this.#receive);
  }

  #replay(inbox: CommandInbox): void {
    const left = inbox.takeLeftOver();
    if (left.length === 0) return;
    const interrupted = left.filter((e) => e.started).length;
    this.#logger.warn({ commands: left.length, interrupted }, 'replaying commands kept in the inbox');
    for (const entry of left) {
      const kept = { id: entry.id, kept: Promise.resolve(true) };
      this.#track(this.#handle(entry.payload, kept, { interrupted: entry.started }));
    }
  }

  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    await this.#transport.unsubscribe(this.#topic);
    await Promise.allSettled([...this.#inFlight]);
    await this.#inbox?.flush();
  }
}
