// Seeded bad input for the fuzz suites: random bytes and mutations of valid messages
// (truncated, bit-flipped, spliced, over-long varints, invalid UTF-8 in string fields,
// messages of the wrong type, a few huge ones). Generated with fast-check's arbitraries
// from one seed (MC_FUZZ_SEED), so a failing run is replayed exactly.
import fc from 'fast-check';
import { encode } from '../../proto/codec.ts';

export const FUZZ_SEED = Number(process.env.MC_FUZZ_SEED ?? 20261123);

/** A protobuf LEN field (wire type 2) with raw bytes: how invalid UTF-8 gets into a string. */
function lenField(field: number, bytes: readonly number[]): number[] {
  return [(field << 3) | 2, bytes.length, ...bytes];
}

const INVALID_UTF8 = [
  [0xc3, 0x28],
  [0xff, 0xfe, 0xfd],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80], // a UTF-16 surrogate encoded as UTF-8
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x00, 0xc0, 0xaf],
];

/**
 * Hand-made hostile encodings: over-long and unterminated varints, lengths past the end,
 * reserved wire types, deep nesting of an unknown group, invalid UTF-8 in the first string.
 */
export const HOSTILE: readonly Uint8Array[] = [
  [0x0a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
  [0x08, 0xff, 0xff, 0xff],
  [0x0a, 0x7f, 0x61],
  [0x0f],
  [0x0e, 0x01],
  [0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b],
  [0x0c],
  [0x62, 0x80, 0x80, 0x80, 0x80, 0x10],
  ...INVALID_UTF8.map((b) => lenField(1, b)),
  ...INVALID_UTF8.map((b) =>
    [...lenField(1, [0x61]), ...lenField(4, b), ...lenField(15 * 8, [])].slice(0, 40),
  ),
].map((b) => Uint8Array.from(b));

export type Mutation = (base: Uint8Array) => Uint8Array;

/** One mutation of a valid payload, chosen and parameterised by fast-check. */
function mutationArb(): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.nat().map(
      (n): Mutation =>
        (b) =>
          b.subarray(0, b.length === 0 ? 0 : n % b.length),
    ),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }).map(
      (flips): Mutation =>
        (b) => {
          const out = Uint8Array.from(b);
          for (const [at, value] of flips) if (out.length > 0) out[at % out.length] = value;
          return out;
        },
    ),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 32 })).map(
      ([at, bytes]): Mutation =>
        (b) => {
          const cut = b.length === 0 ? 0 : at % b.length;
          return Uint8Array.from([...b.subarray(0, cut), ...bytes, ...b.subarray(cut)]);
        },
    ),
    fc.constantFrom(...INVALID_UTF8).map(
      (bad): Mutation =>
        (b) =>
          Uint8Array.from([...b, ...lenField(1, bad), ...lenField(4, bad)]),
    ),
    fc.integer({ min: 2, max: 50 }).map(
      (times): Mutation =>
        (b) =>
          Uint8Array.from(Array.from({ length: times }, () => [...b]).flat()),
    ),
  );
}

/**
 * `count` payloads: about a third random bytes, half mutations of `bases`, the rest the
 * hostile encodings and `bases` themselves sent whole (wrong-type messages go in `bases`).
 */
export function fuzzPayloads(bases: readonly Uint8Array[], count: number, seed = FUZZ_SEED): Uint8Array[] {
  const arb = fc.oneof(
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 96 }) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 97, maxLength: 2048 }) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom(...bases), fc.array(mutationArb(), { minLength: 1, maxLength: 3 }))
        .map(([base, mutations]) => mutations.reduce((b, m) => m(b), base)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE, ...bases) },
  );
  return fc.sample(arb, { seed, numRuns: count });
}

/** A few very large payloads (MB-sized strings and repeated fields): the huge-input case. */
export function hugePayloads(): Uint8Array[] {
  const mb = 'x'.repeat(1 << 20);
  return [
    encode('cmd', { id: mb, reply_to: '', status: { workload: 'w' } }),
    // 200,000 repeated unknown fields (field 100, varint) around a valid status command.
    Uint8Array.from([
      ...encode('cmd', { id: 'huge-unknown', status: { workload: 'w' } }),
      ...Array.from({ length: 200_000 }, () => [0xa0, 0x06, 0x01]).flat(),
    ]),
    encode('desired', { release: mb, sha256: mb, generation: 1 }),
    encode('release', {
      version: 'huge',
      files: Array.from({ length: 50_000 }, (_, i) => ({
        path: `f/${i}`,
        content: new Uint8Array(8),
        mode: 0o644,
      })),
    }),
    Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0x7f, ...new Uint8Array(3 << 20)]),
  ];
}
