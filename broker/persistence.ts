// Where the broker keeps retained messages, persistent sessions and their queued QoS 1/2
// messages: LevelDB under <dataDir>/broker, or Aedes' in-memory store when no dataDir is set.
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Client } from 'aedes';
import aedesPersistenceLevel from 'aedes-persistence-level';
import { ClassicLevel } from 'classic-level';
import type { Logger } from 'pino';
import { McError } from '../proto/errors.ts';
import { LevelWriteBatcher } from './level-batch.ts';
import { batchedLevel } from './level-store.ts';
import { OutgoingQueue, type QueuedPacket } from './outgoing-queue.ts';

// The codec aedes-persistence-level stores values with, resolved as that package resolves it
// (so the two can never disagree on the format).
const persistenceRequire = createRequire(createRequire(import.meta.url).resolve('aedes-persistence-level'));
const msgpack = persistenceRequire('msgpack-lite') as {
  encode(value: unknown): Buffer;
  decode(buf: Buffer): unknown;
};

export interface BrokerPersistence {
  /** Passed to Aedes as its `persistence` option; undefined lets Aedes use its memory store. */
  readonly aedesPersistence: object | undefined;
  /** Store counters (level-batch.ts, outgoing-queue.ts), read when called; undefined in memory. */
  storeStats?(): Record<string, number>;
  /**
   * Resolves once the QoS 1 message `tag` (`<broker id>:<broker counter>`) is on disk for every
   * persistent session it was queued for, or was acknowledged by that session before it got
   * there (outgoing-queue.ts); undefined in memory (nothing to wait for).
   */
  whenAccepted?(tag: string): Promise<void>;
  close(): Promise<void>;
}

function errorCode(err: unknown): unknown {
  return err instanceof Error ? Reflect.get(err, 'code') : undefined;
}

type StreamFactory = (arg: unknown) => Readable;
interface RetainedStreams {
  createRetainedStreamCombi: StreamFactory;
  createRetainedStream: StreamFactory;
}

/**
 * Aedes pipes a subscriber's retained-message stream without an error handler, so a stream
 * still reading when the broker closes the store (LEVEL_ITERATOR_NOT_OPEN) became an
 * uncaught exception that could take the process down during shutdown. Every such stream
 * gets a handler: errors after close are expected and dropped, others are logged.
 */
function guardRetainedStreams(persistence: RetainedStreams, isClosed: () => boolean, logger: Logger): void {
  for (const name of ['createRetainedStreamCombi', 'createRetainedStream'] as const) {
    const original = persistence[name].bind(persistence);
    persistence[name] = (arg: unknown) => {
      const stream = original(arg);
      stream.on('error', (err: unknown) => {
        if (!isClosed()) logger.warn({ err }, 'retained message stream failed');
        stream.destroy();
      });
      return stream;
    };
  }
}

const RETAINED = 'retained:';

/** MQTT topic filter match, as aedes-persistence-level's qlobber (empty levels match `+`). */
export function topicMatches(filter: string, topic: string): boolean {
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    const level = f[i];
    if (level === '#') return true;
    if (i >= t.length) return false;
    if (level !== '+' && level !== t[i]) return false;
  }
  return f.length === t.length;
}

/**
 * The key range holding every retained message a filter can match: its literal levels
 * before the first wildcard are a key prefix. aedes-persistence-level scans every retained
 * message and decodes it for each SUBSCRIBE; with 10,000 devices (120,000 retained
 * messages) each device's SUBSCRIBE to its own mc/{d}/cmd was a full scan. null = scan all.
 */
export function retainedRange(filter: string): { gte: string; lt: string } | null {
  const levels = filter.split('/');
  const wildcard = levels.findIndex((l) => l === '+' || l === '#');
  const literal = wildcard === -1 ? filter : levels.slice(0, wildcard).join('/');
  // `a/#` matches `a` too, so the prefix is `a`, not `a/`; keys between are filtered.
  if (literal === '') return null;
  const last = literal.charCodeAt(literal.length - 1);
  // The upper bound bumps the last character; only safe while that stays one UTF-8 byte.
  if (last >= 0x7f) return null;
  const gte = `${RETAINED}${literal}`;
  if (wildcard === -1) return { gte, lt: `${gte}\u0000` };
  return { gte, lt: `${RETAINED}${literal.slice(0, -1)}${String.fromCharCode(last + 1)}` };
}

interface RangeReader {
  iterator(options: object): AsyncIterable<[string, Buffer]>;
}

async function* retainedMatching(db: RangeReader, filters: readonly string[]): AsyncGenerator<unknown> {
  for (const filter of filters) {
    const range = retainedRange(filter) ?? { gte: RETAINED, lt: 'retained;' };
    for await (const [key, value] of db.iterator({ ...range, valueEncoding: 'buffer' })) {
      // Filter on the key: only matching messages are decoded.
      if (topicMatches(filter, key.slice(RETAINED.length))) yield msgpack.decode(value);
    }
  }
}

/** The aedes persistence methods the queue serves, to assign onto aedes-persistence-level's. */
function outgoingMethods(queue: OutgoingQueue) {
  type Sub = { clientId: string };
  return {
    outgoingEnqueue: async (sub: Sub, packet: QueuedPacket) => queue.enqueue([sub], packet),
    outgoingEnqueueCombi: async (subs: Sub[] | undefined, packet: QueuedPacket) => {
      if (subs && subs.length > 0) queue.enqueue(subs, packet);
    },
    outgoingUpdate: async (client: Client, packet: QueuedPacket) => queue.update(client.id, packet, client),
    outgoingClearMessageId: async (client: Client, packet: QueuedPacket) => queue.clear(client.id, packet),
    outgoingStream: (client: Client) => queue.stream(client.id, client),
  };
}

export interface PersistenceOptions {
  /** Whether a client is connected now: a message for an offline session is written at once. */
  isOnline?: (clientId: string) => boolean;
}

export async function openPersistence(
  dataDir: string | undefined,
  logger: Logger,
  opts: PersistenceOptions = {},
): Promise<BrokerPersistence> {
  if (dataDir === undefined) {
    logger.info(
      'broker persistence: in memory (no dataDir); retained messages and sessions end with the process',
    );
    return { aedesPersistence: undefined, close: async () => {} };
  }
  const location = join(dataDir, 'broker');
  await mkdir(location, { recursive: true });
  const db = new ClassicLevel(location);
  try {
    // Open now rather than on first use, so a locked or corrupt store fails start().
    await db.open();
  } catch (err) {
    const locked = errorCode(err instanceof Error ? err.cause : undefined) === 'LEVEL_LOCKED';
    throw new McError(
      locked ? 'MC_ERR_CONFLICT' : 'MC_ERR_UNAVAILABLE',
      locked
        ? `broker store ${location} is locked: another broker uses this data dir`
        : `cannot open broker store ${location}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  logger.info({ location }, 'broker persistence: LevelDB');
  const level = db as unknown as ConstructorParameters<typeof LevelWriteBatcher>[0];
  const batcher = new LevelWriteBatcher(level);
  const store = batchedLevel(level, batcher);
  const onLazyError = (err: unknown) => logger.error({ err }, 'broker store: a queued write failed');
  batcher.onLazyError = onLazyError;
  // QoS 1/2 messages queued for persistent sessions: in memory, written behind the traffic.
  const queue = new OutgoingQueue(batcher, msgpack, {
    isOnline: opts.isOnline ?? (() => true),
    // Through the batched view: the iterator opens once every earlier write is stored.
    read: (prefix, values) =>
      (store as unknown as RangeReader).iterator({
        gte: prefix,
        lt: `${prefix.slice(0, -1)};`,
        values,
        valueEncoding: 'buffer',
      }),
    onLazyError,
  });
  await queue.load();
  const persistence = aedesPersistenceLevel(store);
  Object.assign(persistence, outgoingMethods(queue));
  const streams = persistence as unknown as RetainedStreams;
  const reader = store as unknown as RangeReader;
  streams.createRetainedStream = (pattern) => Readable.from(retainedMatching(reader, [pattern as string]));
  streams.createRetainedStreamCombi = (patterns) =>
    Readable.from(retainedMatching(reader, patterns as string[]));
  let closed = false;
  guardRetainedStreams(streams, () => closed, logger);
  return {
    aedesPersistence: persistence,
    storeStats: () => ({ ...batcher.stats, ...queue.stats }),
    whenAccepted: (tag) => queue.whenAccepted(tag),
    async close() {
      if (closed) return;
      closed = true;
      // Messages still waiting for their session's PUBACK are written before the store closes.
      queue.flush();
      await persistence.destroy();
    },
  };
}
