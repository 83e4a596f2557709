// Attaches the command dispatcher to one MQTT connection: subscribes to the device's cmd
// topic and publishes each reply on the command's reply_to. The daemon runs one endpoint on
// its local socket and one on the fleet broker, both over the same dispatcher.
//
// With an inbox (the fleet endpoint), a QoS 1 command is taken in MQTT.js's handleMessage,
// which runs before the PUBACK: it is written to the inbox, and the PUBACK waits for that
// commit (not for the command to run). Entries a killed daemon left are replayed by start().
// The local endpoint needs none: its requester is on the same box and sees the error.
import type { IPublishPacket, MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { decode } from '../proto/codec.ts';
import { publishUntilAcked } from '../proto/mqtt-publish.ts';
import { parseTopic, topics } from '../proto/topics.ts';
import { type CommandInbox, needsStartMark } from './commands/command-inbox.ts';
import type { CommandDispatcher, CommandOrigin, DispatchOptions } from './commands/dispatcher.ts';

type HandleMessage = MqttClient['handleMessage'];

export class CommandEndpoint {
  readonly #client: MqttClient;
  readonly #dispatcher: CommandDispatcher;
  readonly #topic: string;
  readonly #logger: Logger;
  readonly #origin: CommandOrigin;
  /** Commands being handled; stop() waits for them so a reply (e.g. to shutdown) still goes out. */
  readonly #inFlight = new Set<Promise<void>>();
  readonly #inbox: CommandInbox | undefined;
  #originalHandleMessage: HandleMessage | undefined;
  #started = false;

  constructor(deps: {
    client: MqttClient;
    dispatcher: CommandDispatcher;
    device: string;
    link: CommandOrigin['link'];
    logger: Logger;
    /** Durable inbox: commands are kept before their PUBACK and replayed after a crash. */
    inbox?: CommandInbox;
  }) {
    this.#client = deps.client;
    this.#dispatcher = deps.dispatcher;
    this.#inbox = deps.inbox;
    this.#topic = topics.cmd(deps.device);
    this.#logger = deps.logger;
    this.#origin = {
      link: deps.link,
      publish: async (topic, payload, qos) => {
        if (qos === 0) await this.#client.publishAsync(topic, Buffer.from(payload), { qos });
        else await publishUntilAcked(this.#client, topic, Buffer.from(payload), { qos });
      },
    };
  }

  readonly #onMessage = (topic: string, payload: Buffer, packet: IPublishPacket): void => {
    if (topic !== this.#topic) return;
    // QoS 1 commands go through the inbox (#handleMessage, called right after this).
    if (this.#inbox && packet.qos > 0) return;
    this.#track(this.#handle(payload));
  };

  /** MQTT.js calls this after 'message' and sends the PUBACK when `done` is called. */
  readonly #handleMessage: HandleMessage = (packet, done) => {
    const inbox = this.#inbox;
    const original = this.#originalHandleMessage;
    if (!inbox || packet.topic !== this.#topic || packet.qos === 0) {
      if (original) original.call(this.#client, packet, done);
      else done();
      return;
    }
    const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload) : packet.payload;
    const decoded = decode('cmd', payload);
    if (!decoded.ok) {
      // Not kept (no id to key it by): answered at once as before; never fills the inbox.
      this.#track(this.#handle(payload));
      done();
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
      done();
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
      await publishUntilAcked(this.#client, outcome.replyTo, Buffer.from(outcome.reply), { qos: 1 });
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
    this.#client.on('message', this.#onMessage);
    if (this.#inbox) {
      this.#originalHandleMessage = this.#client.handleMessage;
      this.#client.handleMessage = this.#handleMessage;
      this.#replay(this.#inbox);
    }
    await this.#client.subscribeAsync(this.#topic, { qos: 1 });
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
    this.#client.removeListener('message', this.#onMessage);
    if (this.#originalHandleMessage) {
      this.#client.handleMessage = this.#originalHandleMessage;
      this.#originalHandleMessage = undefined;
    }
    await Promise.allSettled([...this.#inFlight]);
    await this.#inbox?.flush();
  }
}
