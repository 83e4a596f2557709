// Encodes and decodes the payload of every mc/ topic with its Protobuf message type.
// Decoding never throws: payloads come from the network, so errors are returned as values
// and the caller logs or answers them (an MQTT callback that throws would take the
// connection, or the process, down).
import { McError } from './errors.ts';
import { mc } from './gen/mc.js';
import { type ParsedTopic, parseTopic, type TopicKind } from './topics.ts';

export { mc };
export const pb = mc.v1;

/** The message type carried by each kind of topic (docs/topics.md). */
export const MESSAGE_OF_KIND = {
  presence: mc.v1.Presence,
  status: mc.v1.DeviceStatus,
  workload: mc.v1.WorkloadState,
  heartbeat: mc.v1.Heartbeat,
  events: mc.v1.Event,
  logs: mc.v1.LogChunk,
  cmd: mc.v1.Command,
  reply: mc.v1.Reply,
  desired: mc.v1.DesiredState,
  release: mc.v1.Release,
} as const satisfies Record<TopicKind, unknown>;

type MessageClass<K extends TopicKind> = (typeof MESSAGE_OF_KIND)[K];
/** What encode() accepts for a kind: the message's plain properties. */
export type MessageInput<K extends TopicKind> = Parameters<MessageClass<K>['encode']>[0];
/** What decode() returns for a kind. */
export type Message<K extends TopicKind> = ReturnType<MessageClass<K>['decode']>;

/**
 * Retained topics where an empty payload means "this thing is gone" (MQTT clears a
 * retained message with a zero-length retained publish). On other topics an empty
 * payload is simply a message whose fields all have their default values.
 */
export const CLEARABLE_KINDS: ReadonlySet<TopicKind> = new Set([
  'presence',
  'status',
  'workload',
  'desired',
  'release',
]);

/**
 * A decode failure may carry `partial`: the message decoded fine but lacks a field it cannot
 * be acted on without (e.g. a command without id), so the receiver can still answer its reply_to.
 */
export type DecodeResult<T> = { ok: true; value: T } | { ok: false; error: McError; partial?: T };

/** Encodes a message for `kind`. Invalid input is a programming error: throws McError(MC_ERR_ENCODE). */
export function encode<K extends TopicKind>(kind: K, message: MessageInput<K>): Uint8Array {
  const type = MESSAGE_OF_KIND[kind];
  // verify() catches wrong field types that encode() would silently mangle.
  const problem = type.verify(message as Record<string, unknown>);
  if (problem) throw new McError('MC_ERR_ENCODE', `cannot encode ${type.name} for ${kind}: ${problem}`);
  return (type.encode as (m: unknown) => { finish(): Uint8Array })(message).finish();
}

/** Decodes a payload as the message of `kind`; malformed bytes or missing required fields are an error value. */
export function decode<K extends TopicKind>(kind: K, payload: Uint8Array): DecodeResult<Message<K>> {
  const type = MESSAGE_OF_KIND[kind];
  let value: Message<K>;
  try {
    value = type.decode(payload) as Message<K>;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      error: new McError('MC_ERR_DECODE', `payload is not a valid ${type.name}: ${reason}`),
    };
  }
  const missing = missingRequired(kind, value);
  if (missing)
    return {
      ok: false,
      error: new McError('MC_ERR_DECODE', `${type.name} without ${missing}`),
      partial: value,
    };
  if (kind === 'cmd' && (value as mc.v1.Command).id.length > MAX_COMMAND_ID_LENGTH) {
    // Command ids become LMDB keys on the device (the reply memory); a key over LMDB's limit
    // threw from inside the dispatcher and took the daemon down.
    return {
      ok: false,
      error: new McError(
        'MC_ERR_DECODE',
        `Command id of ${(value as mc.v1.Command).id.length} characters (at most ${MAX_COMMAND_ID_LENGTH})`,
      ),
    };
  }
  return { ok: true, value };
}

/** Longest command id accepted (a UUID has 36 characters). */
export const MAX_COMMAND_ID_LENGTH = 256;

/**
 * Protobuf has no required fields; these are the ones without which a message cannot be
 * acted on. Kept minimal so that newer writers stay readable by older readers.
 */
function missingRequired(kind: TopicKind, value: unknown): string | null {
  if (kind === 'cmd') {
    const cmd = value as mc.v1.Command;
    if (!cmd.id) return 'id';
    if (!cmd.action) return 'an action';
  }
  if (kind === 'reply' && !(value as mc.v1.Reply).command_id) return 'command_id';
  return null;
}

/** A decoded message of any topic, tagged with its parsed topic. `message` is null for a cleared retained topic. */
export type TopicMessage = {
  [K in TopicKind]: { kind: K; topic: ParsedTopic & { kind: K }; message: Message<K> | null };
}[TopicKind];

export type TopicDecodeResult =
  | ({ ok: true } & TopicMessage)
  | { ok: false; topic: ParsedTopic | null; error: McError };

/** Parses the topic and decodes the payload with the message type the topic carries. */
export function decodeTopic(topic: string, payload: Uint8Array): TopicDecodeResult {
  const parsed = parseTopic(topic);
  if (!parsed) {
    return {
      ok: false,
      topic: null,
      error: new McError('MC_ERR_INVALID_TOPIC', `not an mc/ contract topic: ${topic}`),
    };
  }
  if (payload.length === 0 && CLEARABLE_KINDS.has(parsed.kind)) {
    return { ok: true, kind: parsed.kind, topic: parsed, message: null } as { ok: true } & TopicMessage;
  }
  const result = decode(parsed.kind, payload);
  if (!result.ok) return { ok: false, topic: parsed, error: result.error };
  return { ok: true, kind: parsed.kind, topic: parsed, message: result.value } as { ok: true } & TopicMessage;
}

/**
 * A JSON-friendly plain object of a decoded message: enums as names, 64-bit numbers as
 * numbers, bytes as base64, every field present (so `online: false` is visible).
 */
export function toPlain<K extends TopicKind>(kind: K, message: Message<K>): Record<string, unknown> {
  const type = MESSAGE_OF_KIND[kind];
  return (type.toObject as (m: unknown, o: object) => Record<string, unknown>)(message as unknown, {
    enums: String,
    longs: Number,
    bytes: String,
    defaults: true,
    arrays: true,
    objects: true,
    oneofs: true,
  });
}

/** toPlain for a decoded topic message of any kind (null for a cleared retained topic). */
export function plainOfTopicMessage(decoded: TopicMessage): Record<string, unknown> | null {
  if (decoded.message === null) return null;
  return toPlain(decoded.kind as TopicKind, decoded.message as Message<TopicKind>);
}
