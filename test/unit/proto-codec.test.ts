import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import {
  CLEARABLE_KINDS,
  decode,
  decodeTopic,
  encode,
  MESSAGE_OF_KIND,
  mc,
  plainOfTopicMessage,
  toPlain,
} from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { type TopicKind, topics } from '../../proto/topics.ts';

// The reflection of mc.proto drives the samples, so a message added to the contract is
// covered without touching this test.
const root = protobuf.loadSync(fileURLToPath(new URL('../../proto/mc.proto', import.meta.url)));
const pkg = root.lookup('mc.v1') as protobuf.Namespace;
const messageTypes = pkg.nestedArray.filter((t): t is protobuf.Type => t instanceof protobuf.Type);

function scalarSample(type: string, seed: number): unknown {
  switch (type) {
    case 'string':
      return `s-${seed}-ü`;
    case 'bool':
      return true;
    case 'bytes':
      return Uint8Array.from([0, 255, seed % 256, 10]);
    case 'float':
    case 'double':
      return 1.5 + seed;
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return -(seed + 1);
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return 1_763_000_000_000 + seed; // a millisecond timestamp: needs more than 32 bits
    default:
      return seed + 1; // uint32, uint64, fixed32, fixed64
  }
}

/** A message with every field set to a non-default value; `oneofChoice` picks the member of each oneof. */
function sample(type: protobuf.Type, oneofChoice: number, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const chosen = new Set<string>();
  for (const oneof of type.oneofsArray) {
    if (oneof.name.startsWith('_')) continue; // proto3 `optional` synthetic oneof
    const member = oneof.fieldsArray[oneofChoice % oneof.fieldsArray.length];
    if (member) chosen.add(member.name);
  }
  type.fieldsArray.forEach((field, i) => {
    field.resolve();
    const inOneof = field.partOf && !field.partOf.name.startsWith('_');
    if (inOneof && !chosen.has(field.name)) return;
    let value: unknown;
    if (field.resolvedType instanceof protobuf.Enum) {
      const values = Object.values(field.resolvedType.values);
      value = values[values.length - 1];
    } else if (field.resolvedType instanceof protobuf.Type) {
      if (depth > 2) return;
      value = sample(field.resolvedType, oneofChoice, depth + 1);
    } else {
      value = scalarSample(field.type, i);
    }
    if (field instanceof protobuf.MapField) out[field.name] = { k1: value, k2: value };
    else out[field.name] = field.repeated ? [value, value] : value;
  });
  return out;
}

const toObjectOptions = {
  longs: Number,
  enums: String,
  bytes: String,
  defaults: false,
  arrays: true,
  objects: true,
};

describe('codec', () => {
  it('has a message type in the generated code for every message of mc.proto', () => {
    const generated = mc.v1 as unknown as Record<string, unknown>;
    expect(messageTypes.length).toBeGreaterThan(20);
    for (const type of messageTypes) expect(generated[type.name], type.name).toBeDefined();
  });

  for (const type of messageTypes) {
    const choices = Math.max(1, ...type.oneofsArray.map((o) => o.fieldsArray.length));
    it(`round-trips ${type.name} with every field set (${choices} oneof variant${choices > 1 ? 's' : ''})`, () => {
      const Static = (mc.v1 as unknown as Record<string, typeof mc.v1.Presence>)[type.name] as unknown as {
        fromObject(o: object): unknown;
        encode(m: unknown): { finish(): Uint8Array };
        decode(b: Uint8Array): unknown;
        toObject(m: unknown, o: object): Record<string, unknown>;
      };
      for (let choice = 0; choice < choices; choice++) {
        const plain = sample(type, choice);
        const message = Static.fromObject(plain);
        const bytes = Static.encode(message).finish();
        const back = Static.toObject(Static.decode(bytes), toObjectOptions);
        expect(back).toEqual(Static.toObject(message, toObjectOptions));
        // And the reflection (what third parties with the .proto use) reads the same bytes.
        expect(type.toObject(type.decode(bytes), toObjectOptions)).toEqual(back);
      }
    });
  }

  it('keeps 64-bit timestamps as plain numbers', () => {
    const now = Date.now();
    const bytes = encode('presence', { online: true, since_ms: now });
    const result = decode('presence', bytes);
    expect(result.ok && result.value.since_ms).toBe(now);
    expect(typeof (result.ok && result.value.since_ms)).toBe('number');
  });

  it('returns garbage bytes as a decode error instead of throwing', () => {
    const garbage = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    for (const kind of Object.keys(MESSAGE_OF_KIND) as TopicKind[]) {
      const result = decode(kind, garbage);
      expect(result.ok, kind).toBe(false);
      if (!result.ok) {
        expect(result.error).toBeInstanceOf(McError);
        expect(result.error.code).toBe('MC_ERR_DECODE');
      }
    }
  });

  it('rejects a command without id or action, and a reply without command_id', () => {
    const noAction = decode('cmd', encode('cmd', { id: 'c1' }));
    expect(noAction.ok).toBe(false);
    const noId = decode('cmd', encode('cmd', { start: { workload: 'w' } }));
    expect(noId.ok).toBe(false);
    expect(decode('reply', encode('reply', { ok: true })).ok).toBe(false);
    const good = decode('cmd', encode('cmd', { id: 'c1', stop: { workload: 'w' } }));
    expect(good.ok && good.value.action).toBe('stop');
  });

  it('refuses to encode a field of the wrong type', () => {
    expect(() => encode('heartbeat', { seq: 'many' as unknown as number })).toThrow(McError);
  });

  it('decodes by topic, and treats an empty retained payload as cleared', () => {
    const state = decodeTopic(topics.workload('dev-1', 'pump'), new Uint8Array());
    expect(state).toMatchObject({
      ok: true,
      kind: 'workload',
      message: null,
      topic: { device: 'dev-1', workload: 'pump' },
    });
    expect([...CLEARABLE_KINDS].sort()).toEqual(['desired', 'presence', 'release', 'status', 'workload']);
    // A heartbeat whose fields are all zero is legitimately empty on the wire.
    const hb = decodeTopic(topics.heartbeat('dev-1'), new Uint8Array());
    expect(hb.ok && hb.message).toBeTruthy();
    const status = decodeTopic(
      topics.status('dev-1'),
      encode('status', { device: 'dev-1', seq: 7, workloads: [{ name: 'pump', status: 3 }] }),
    );
    expect(status.ok && plainOfTopicMessage(status)).toMatchObject({
      device: 'dev-1',
      seq: 7,
      workloads: [{ name: 'pump', status: 'WORKLOAD_STATUS_RUNNING' }],
    });
    const unknown = decodeTopic('other/thing', new Uint8Array([1]));
    expect(unknown.ok === false && unknown.error.code).toBe('MC_ERR_INVALID_TOPIC');
  });

  it('converts to plain JSON objects with enum names and every field present', () => {
    const plain = toPlain('workload', mc.v1.WorkloadState.create({ name: 'pump', status: 8, pid: 42 }));
    expect(plain).toMatchObject({ name: 'pump', status: 'WORKLOAD_STATUS_BACKOFF', pid: 42, run_count: 0 });
  });
});
