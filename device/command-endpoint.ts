// Attaches the command dispatcher to one MQTT connection: subscribes to the device's cmd
// topic and publishes each reply on the command's reply_to. The daemon runs one endpoint on
// its local socket and one on the fleet broker, both over the same dispatcher.
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { parseTopic, topics } from '../proto/topics.ts';
import type { CommandDispatcher, CommandOrigin } from './commands/dispatcher.ts';

export class CommandEndpoint {
  readonly #client: MqttClient;
  readonly #dispatcher: CommandDispatcher;
  readonly #topic: string;
  readonly #logger: Logger;
  readonly #origin: CommandOrigin;
  /** Commands being handled; stop() waits for them so a reply (e.g. to shutdown) still goes out. */
  readonly #inFlight = new Set<Promise<void>>();
  #started = false;

  constructor(deps: {
    client: MqttClient;
    dispatcher: CommandDispatcher;
    device: string;
    link: CommandOrigin['link'];
    logger: Logger;
  }) {
    this.#client = deps.client;
    this.#dispatcher = deps.dispatcher;
    this.#topic = topics.cmd(deps.device);
    this.#logger = deps.logger;
    this.#origin = {
      link: deps.link,
      publish: async (topic, payload, qos) => {
        await this.#client.publishAsync(topic, Buffer.from(payload), { qos });
      },
    };
  }

  readonly #onMessage = (topic: string, payload: Buffer): void => {
    if (topic !== this.#topic) return;
    const handling = this.#handle(payload).catch((err: unknown) => {
      // dispatch() answers bad input itself; anything left must not end the daemon.
      this.#logger.error({ err }, 'command handling failed');
    });
    this.#inFlight.add(handling);
    void handling.finally(() => this.#inFlight.delete(handling));
  };

  async #handle(payload: Buffer): Promise<void> {
    // dispatch() never throws; publishing can fail when the link drops, and then the
    // requester times out (a QoS 1 redelivery gets the remembered reply).
    const outcome = await this.#dispatcher.dispatch(payload, this.#origin);
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
      await this.#client.publishAsync(outcome.replyTo, Buffer.from(outcome.reply), { qos: 1 });
    } catch (err) {
      this.#logger.warn({ err, reply_to: outcome.replyTo }, 'could not publish a command reply');
    }
  }

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#client.on('message', this.#onMessage);
    await this.#client.subscribeAsync(this.#topic, { qos: 1 });
  }

  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    this.#client.removeListener('message', this.#onMessage);
    await Promise.allSettled([...this.#inFlight]);
  }
}
