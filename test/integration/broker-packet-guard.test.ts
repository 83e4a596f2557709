// The packet-size guard sits in front of every connection. TCP delivers MQTT packets in
// arbitrary pieces, so it must find packet boundaries whatever the chunking, pass every
// byte through unchanged, and refuse the first packet over the limit (even when its
// length varint arrives one byte at a time).
import { Duplex, PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { GuardedStream, type GuardViolation } from '../../broker/guarded-stream.ts';
import { McError } from '../../proto/errors.ts';
import { onceWithin } from '../helpers/broker-wait.ts';

const LIMIT = 20_000;

function varint(n: number): Buffer {
  const bytes: number[] = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    bytes.push(byte);
  } while (n > 0);
  return Buffer.from(bytes);
}

/** A PUBLISH-typed packet of exactly `total` bytes (fixed header included). */
function packetOfSize(total: number): Buffer {
  for (let body = total - 2; body >= 0; body -= 1) {
    const header = Buffer.concat([Buffer.from([0x30]), varint(body)]);
    if (header.length + body === total) return Buffer.concat([header, Buffer.alloc(body, 0xab)]);
  }
  throw new Error(`no packet of ${total} bytes`);
}

function chunked(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
}

function guard() {
  const inner = new PassThrough();
  const violations: GuardViolation[] = [];
  const guarded = new GuardedStream(inner, LIMIT, (v) => violations.push(v));
  guarded.on('error', () => {});
  const out: Buffer[] = [];
  guarded.on('data', (chunk: Buffer) => out.push(chunk));
  return { inner, guarded, violations, output: () => Buffer.concat(out) };
}

describe('packet-size guard', () => {
  it('passes packets of every header length through unchanged, whatever the chunking', async () => {
    // Sizes around each varint boundary (1-, 2- and 3-byte lengths), the limit itself, and empty bodies.
    const stream = Buffer.concat([2, 3, 129, 131, 132, 16_385, 16_386, 16_388, LIMIT].map(packetOfSize));
    for (const size of [1, 2, 3, 7, 128, 1000, stream.length]) {
      const { inner, guarded, violations, output } = guard();
      for (const chunk of chunked(stream, size)) inner.write(chunk);
      inner.end();
      await onceWithin(guarded, 'end');
      expect(violations, `chunk size ${size}`).toEqual([]);
      expect(output().equals(stream), `chunk size ${size}`).toBe(true);
    }
  });

  it('refuses the first packet over the limit as soon as its length is known', async () => {
    const { inner, guarded, violations } = guard();
    inner.write(packetOfSize(LIMIT));
    const header = Buffer.concat([Buffer.from([0x30]), varint(LIMIT)]); // announces LIMIT + 4 bytes
    const destroyed = onceWithin<[]>(guarded, 'close');
    for (const byte of header) inner.write(Buffer.from([byte]));
    await destroyed;
    expect(violations).toEqual([{ ok: false, reason: 'oversize', packetBytes: LIMIT + 4 }]);
    expect(guarded.errored).toBeInstanceOf(McError);
    expect((guarded.errored as McError).code).toBe('MC_ERR_LIMIT');
  });

  it('refuses a remaining length longer than four bytes as malformed', async () => {
    const { inner, guarded, violations } = guard();
    const destroyed = onceWithin<[]>(guarded, 'close');
    inner.write(Buffer.from([0x30, 0x80, 0x80, 0x80, 0x80, 0x01]));
    await destroyed;
    expect(violations).toMatchObject([{ ok: false, reason: 'malformed' }]);
    expect((guarded.errored as McError).code).toBe('MC_ERR_DECODE');
  });
});

describe('write batching', () => {
  /** An inner stream that records how writes reach it: one entry per _write / _writev call. */
  function recordingInner() {
    const calls: Buffer[][] = [];
    const inner = new Duplex({
      read() {},
      writev(chunks, callback) {
        calls.push(chunks.map((c) => c.chunk as Buffer));
        callback();
      },
      write(chunk: Buffer, _encoding, callback) {
        calls.push([chunk]);
        callback();
      },
    });
    return { inner, calls };
  }

  it('hands the packets written in one turn of the event loop to the connection in one writev', async () => {
    const { inner, calls } = recordingInner();
    const guarded = new GuardedStream(inner, LIMIT, () => {});
    for (let i = 0; i < 5; i++) guarded.write(Buffer.from([0x40, 0x02, 0, i]));
    expect(calls).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.map((b) => b[3])).toEqual([0, 1, 2, 3, 4]);
    // The next turn's packet is a batch of its own.
    guarded.write(Buffer.from([0x40, 0x02, 0, 9]));
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toHaveLength(2);
    guarded.destroy();
  });

  it('still sends what was written before the connection is destroyed or ended in the same turn', async () => {
    for (const close of ['destroy', 'end'] as const) {
      const { inner, calls } = recordingInner();
      const guarded = new GuardedStream(inner, LIMIT, () => {});
      // A refusing CONNACK, then the close, as Aedes does.
      guarded.write(Buffer.from([0x20, 0x02, 0x00, 0x05]));
      if (close === 'destroy') guarded.destroy();
      else guarded.end();
      await new Promise((resolve) => setImmediate(resolve));
      expect(calls.flat().map((b) => b.toString('hex'))).toEqual(['20020005']);
    }
  });
});
