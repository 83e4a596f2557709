// The requesting side of the command contract: publishes a Command on mc/{d}/cmd with a
// reply_to of our own, and matches the Reply by command id. Used by mctl (over the local
// socket or the fleet broker) and by the controller. MQTT 3.1.1 has no response topics,
// hence the explicit mc/reply/{client} subscription.
import { randomUUID } from 'node:crypto';
import type { MqttClient } from 'mqtt';
import { decode, encode, type Message, type MessageInput } from './codec.ts';
import { McError } from './errors.ts';
import { publishUntilAcked } from './mqtt-publish.ts';
import { topics } from './topics.ts';

type CommandInput = MessageInput<'cmd'>;
/** The action part of a Command: exactly what the caller chooses, e.g. `{ stop: { workload: 'pump' } }`. */
export type CommandAction = Omit<
  CommandInput,
  'id' | 'issued_at_ms' | 'expires_at_ms' | 'reply_to' | 'issuer'
>;
export type Reply = Message<'reply'>;

export interface SendOptions {
  /** How long to wait for the reply (default: the client's default). */
  timeoutMs?: number;
  /** The device must not execute the command after this long (0 = never expires). */
  expiresInMs?: number;
  /** Use this command id (e.g. to retry the same command idempotently). */
  id?: string;
}

export interface CommandClientOptions {
  client: MqttClient;
  /** Name of our reply topic mc/reply/{replyName}; unique per requester. */
  replyName: string;
  issuer: string;
  defaultTimeoutMs?: number;
  /** Default expiry of commands; 0 = never. */
  defaultExpiresInMs?: number;
  now?: () => number;
}

interface Pending {
  device: string;
  resolve(reply: Reply): void;
  reject(err: McError): void;
  timer: NodeJS.Timeout;
}

export class CommandClient {
  readonly #opts: Required<CommandClientOptions>;
  readonly #pending = new Map<string, Pending>();
  readonly #replyTopic: string;
  #started = false;

  constructor(opts: CommandClientOptions) {
    this.#opts = { defaultTimeoutMs: 10_000, defaultExpiresInMs: 0, now: Date.now, ...opts };
    this.#replyTopic = topics.reply(opts.replyName);
  }

  get replyTopic(): string {
    return this.#replyTopic;
  }

  readonly #onMessage = (topic: string, payload: Buffer): void => {
    if (topic !== this.#replyTopic) return;
    const result = decode('reply', payload);
    if (!result.ok) return; // not ours to answer; a broken reply simply times out
    const pending = this.#pending.get(result.value.command_id);
    if (!pending) return; // a late or duplicate reply
    // Any device may publish on mc/reply/#: only the device we asked may answer.
    if (result.value.device !== pending.device) return;
    this.#pending.delete(result.value.command_id);
    clearTimeout(pending.timer);
    pending.resolve(result.value);
  };

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#opts.client.on('message', this.#onMessage);
    const granted = await this.#opts.client.subscribeAsync(this.#replyTopic, { qos: 1 });
    if (granted.some((g) => g.qos === 128)) {
      throw new McError('MC_ERR_FORBIDDEN', `the broker refused the subscription to ${this.#replyTopic}`);
    }
  }

  /** Sends one command and resolves with its Reply (ok or not); rejects with MC_ERR_TIMEOUT when none arrives. */
  async send(device: string, action: CommandAction, options: SendOptions = {}): Promise<Reply> {
    if (!this.#started) await this.start();
    const now = this.#opts.now();
    const expiresIn = options.expiresInMs ?? this.#opts.defaultExpiresInMs;
    const command = {
      ...action,
      id: options.id ?? randomUUID(),
      issued_at_ms: now,
      expires_at_ms: expiresIn > 0 ? now + expiresIn : 0,
      reply_to: this.#replyTopic,
      issuer: this.#opts.issuer,
    } as CommandInput;
    const payload = encode('cmd', command);
    const timeoutMs = options.timeoutMs ?? this.#opts.defaultTimeoutMs;
    const id = command.id as string;
    const reply = new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(
          new McError('MC_ERR_TIMEOUT', `no reply from ${device} within ${timeoutMs} ms (command ${id})`),
        );
      }, timeoutMs);
      this.#pending.set(id, { device, resolve, reject, timer });
    });
    const published = publishUntilAcked(this.#opts.client, topics.cmd(device), Buffer.from(payload), {
      qos: 1,
    }).then(
      () => reply,
      (err: unknown) => {
        const pending = this.#pending.get(id);
        if (pending) {
          clearTimeout(pending.timer);
          this.#pending.delete(id);
        }
        throw new McError(
          'MC_ERR_UNAVAILABLE',
          `could not publish the command to ${device}: ${String(err)}`,
          { cause: err },
        );
      },
    );
    // The timeout bounds the whole exchange, the PUBACK included: awaiting the publish first
    // left the timer's rejection unhandled while the PUBACK was late (a crash of the requester,
    // seen when a daemon was SIGKILLed with commands in flight), and send() unbounded.
    return Promise.race([published, reply]);
  }

  /** Rejects every pending command and stops listening; the MQTT client stays open (the caller owns it). */
  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    this.#opts.client.removeListener('message', this.#onMessage);
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(new McError('MC_ERR_UNAVAILABLE', `command ${id} abandoned: the requester stopped`));
    }
    this.#pending.clear();
    if (this.#opts.client.connected)
      await this.#opts.client.unsubscribeAsync(this.#replyTopic).catch(() => {});
  }
}
