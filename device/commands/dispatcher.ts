// The one entry for every command a device receives, from the local socket or the fleet
// broker: decode, refuse expired ones, act once per command id, run the handler of the
// action, and produce the Reply. It never throws: bad input becomes an error reply (when a
// reply_to can be read) or a log line.
import type { Logger } from 'pino';
import { decode, encode, type Message, type MessageInput } from '../../proto/codec.ts';
import { type ErrorCode, McError, toErrorBody } from '../../proto/errors.ts';

export type Command = Message<'cmd'>;
export type CommandActionName = NonNullable<Command['action']>;
type ReplyInput = MessageInput<'reply'>;
/** What a handler returns: the result part of the Reply, e.g. `{ workload: state }`, or `{}`. */
export type ReplyResult = Omit<ReplyInput, 'command_id' | 'ok' | 'error' | 'ts_ms' | 'device'>;
/** The link a command arrived on; handlers that stream (logs -f) publish back through it. */
export interface CommandOrigin {
  link: 'local' | 'fleet';
  publish(topic: string, payload: Uint8Array, qos: 0 | 1): Promise<void>;
}
export type CommandHandler = (command: Command, origin: CommandOrigin) => Promise<ReplyResult>;
export type CommandHandlers = Partial<Record<CommandActionName, CommandHandler>>;

/** Stores replies by command id (CommandLog in production). */
export interface ReplyMemory {
  get(id: string): Uint8Array | undefined;
  remember(id: string, reply: Uint8Array, now?: number): Promise<void>;
}

export interface DispatchOutcome {
  /** Where the reply goes; empty when the command asked for none. */
  replyTo: string;
  /** The encoded Reply. */
  reply: Uint8Array;
  /** True when the command had been handled before and this is the remembered reply. */
  duplicate: boolean;
  /** Settles once the reply is committed to the reply memory (at once for a duplicate). */
  recorded: Promise<void>;
}

/** How a caller with a durable inbox (command-endpoint.ts) takes part in one dispatch. */
export interface DispatchOptions {
  /** Awaited after the act-once and expiry checks, right before the handler runs. */
  beforeRun?: (command: Command) => Promise<void>;
  /**
   * The command was replayed from the inbox after a crash that interrupted its handler: it
   * is answered MC_ERR_UNAVAILABLE (it may have acted) instead of running again.
   */
  interrupted?: boolean;
}

const SETTLED: Promise<void> = Promise.resolve();

export interface DispatcherDeps {
  device: string;
  handlers: CommandHandlers;
  memory: ReplyMemory;
  logger: Logger;
  now?: () => number;
}

export class CommandDispatcher {
  readonly #deps: Required<DispatcherDeps>;
  /** Commands being handled right now, so a redelivery that races the first copy waits for it. */
  readonly #inFlight = new Map<string, Promise<DispatchOutcome>>();

  constructor(deps: DispatcherDeps) {
    this.#deps = { now: Date.now, ...deps };
  }

  /** Handles one raw payload from a cmd topic. Null when nothing can be answered (logged). */
  async dispatch(
    payload: Uint8Array,
    origin: CommandOrigin,
    options: DispatchOptions = {},
  ): Promise<DispatchOutcome | null> {
    const decoded = decode('cmd', payload);
    if (!decoded.ok) {
      const partial = decoded.partial;
      this.#deps.logger.warn(
        { err: decoded.error.message, reply_to: partial?.reply_to },
        'undecodable command',
      );
      if (!partial?.reply_to) return null;
      return this.#answer(
        partial,
        this.#errorReply(partial.id, 'MC_ERR_DECODE', decoded.error.message),
        false,
      );
    }
    const command = decoded.value;
    const remembered = this.#deps.memory.get(command.id);
    if (remembered) {
      return { replyTo: command.reply_to, reply: remembered, duplicate: true, recorded: SETTLED };
    }
    const running = this.#inFlight.get(command.id);
    if (running) return { ...(await running), duplicate: true };
    const outcome = this.#execute(command, origin, options);
    this.#inFlight.set(command.id, outcome);
    try {
      return await outcome;
    } finally {
      this.#inFlight.delete(command.id);
    }
  }

  async #execute(
    command: Command,
    origin: CommandOrigin,
    options: DispatchOptions,
  ): Promise<DispatchOutcome> {
    const now = this.#deps.now();
    let reply: ReplyInput;
    if (command.expires_at_ms > 0 && now > command.expires_at_ms) {
      const late = now - command.expires_at_ms;
      reply = this.#errorReply(command.id, 'MC_ERR_EXPIRED', `command expired ${late} ms before it arrived`);
    } else if (options.interrupted) {
      this.#deps.logger.warn(
        { id: command.id, action: command.action },
        'command interrupted by a daemon stop',
      );
      reply = this.#errorReply(
        command.id,
        'MC_ERR_UNAVAILABLE',
        `the daemon stopped while this ${command.action} command was running; it may have acted and is not run again`,
      );
    } else {
      reply = await this.#prepare(command, options).then((refusal) => refusal ?? this.#run(command, origin));
    }
    const encoded = encode('reply', reply);
    // Remembered in memory at once; the reply does not wait for the disk commit (command-log.ts).
    const recorded = this.#deps.memory.remember(command.id, encoded, now).catch((err: unknown) => {
      // Losing the memory of one reply only weakens duplicate detection; the command ran.
      this.#deps.logger.error({ err, id: command.id }, 'could not remember command reply');
    });
    return { replyTo: command.reply_to, reply: encoded, duplicate: false, recorded };
  }

  /** Runs beforeRun; an error reply when it failed (the command then does not run). */
  async #prepare(command: Command, options: DispatchOptions): Promise<ReplyInput | null> {
    if (!options.beforeRun) return null;
    try {
      await options.beforeRun(command);
      return null;
    } catch (err) {
      this.#deps.logger.error({ err, id: command.id }, 'command not run: its start could not be recorded');
      return this.#errorReply(command.id, 'MC_ERR_INTERNAL', `command not run: ${toErrorBody(err).message}`);
    }
  }

  async #run(command: Command, origin: CommandOrigin): Promise<ReplyInput> {
    const action = command.action as CommandActionName;
    const handler = this.#deps.handlers[action];
    if (!handler) {
      return this.#errorReply(
        command.id,
        'MC_ERR_UNKNOWN_COMMAND',
        `this daemon does not handle '${action}' commands`,
      );
    }
    try {
      const result = await handler(command, origin);
      return {
        ...result,
        command_id: command.id,
        ok: true,
        ts_ms: this.#deps.now(),
        device: this.#deps.device,
      };
    } catch (err) {
      const body = toErrorBody(err);
      if (!(err instanceof McError)) this.#deps.logger.error({ err, action }, 'command handler failed');
      return this.#errorReply(command.id, body.code, body.message);
    }
  }

  #errorReply(commandId: string, code: ErrorCode, message: string): ReplyInput {
    return {
      command_id: commandId,
      ok: false,
      error: { code, message },
      ts_ms: this.#deps.now(),
      device: this.#deps.device,
    };
  }

  #answer(command: Command, reply: ReplyInput, duplicate: boolean): DispatchOutcome {
    return { replyTo: command.reply_to, reply: encode('reply', reply), duplicate, recorded: SETTLED };
  }
}
