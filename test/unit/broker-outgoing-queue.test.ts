// The QoS 1/2 queues of persistent sessions (broker/outgoing-queue.ts) on a real LevelDB in a
// temp dir, with the codec and key format of aedes-persistence-level, which must read what
// the queue wrote and the other way round.
import { createRequire } from 'node:module';
import { ClassicLevel } from 'classic-level';
import { describe, expect, it } from 'vitest';
import { LevelWriteBatcher } from '../../broker/level-batch.ts';
import { batchedLevel } from '../../broker/level-store.ts';
import { OutgoingQueue, type QueuedPacket } from '../../broker/outgoing-queue.ts';
import { makeTempDir } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';

const teardown = teardownEach();
const require = createRequire(import.meta.url);
const persistenceRequire = createRequire(require.resolve('aedes-persistence-level'));
const msgpack = persistenceRequire('msgpack-lite') as {
  encode(value: unknown): Buffer;
  decode(buf: Buffer): unknown;
};
type LevelPersistence = {
  outgoingEnqueueCombi(subs: { clientId: string }[], packet: object): Promise<void>;
  outgoingUpdate(client: { id: string }, packet: object): Promise<void>;
  outgoingStream(client: { id: string }): AsyncIterable<QueuedPacket>;
  outgoingClearMessageId(client: { id: string }, packet: object): Promise<QueuedPacket | undefined>;
};
const aedesPersistenceLevel = require('aedes-persistence-level') as (db: unknown) => LevelPersistence;

type Db = ClassicLevel<string, Buffer>;

async function openDb(dir?: string): Promise<{ db: Db; dir: string }> {
  const where = dir ?? (await makeTempDir(teardown, 'mc-outgoing-'));
  const db = new ClassicLevel<string, Buffer>(where, { valueEncoding: 'buffer' });
  await db.open();
  teardown.add(`level ${where} ${Math.random()}`, () => db.close());
  return { db, dir: where };
}

async function openQueue(
  db: Db,
  opts: { isOnline?: (clientId: string) => boolean; acceptDeferMs?: number } = {},
) {
  const batcher = new LevelWriteBatcher(db);
  const store = batchedLevel(db, batcher);
  const lazyErrors: unknown[] = [];
  const queue = new OutgoingQueue(batcher, msgpack, {
    isOnline: opts.isOnline ?? (() => true),
    read: (prefix, values) =>
      store.iterator({ gte: prefix, lt: `${prefix.slice(0, -1)};`, values }) as AsyncIterable<
        [string, Buffer | undefined]
      >,
    ...(opts.acceptDeferMs === undefined ? {} : { acceptDeferMs: opts.acceptDeferMs }),
    onLazyError: (err) => lazyErrors.push(err),
  });
  await queue.load();
  return { queue, batcher, lazyErrors };
}

let counter = 0;
function message(topic = 'mc/d1/cmd'): QueuedPacket {
  counter += 1;
  return {
    cmd: 'publish',
    brokerId: 'b',
    brokerCounter: counter,
    topic,
    payload: Buffer.from(`m${counter}`),
    qos: 1,
    retain: false,
    dup: false,
    messageId: undefined,
  };
}
const tag = (p: QueuedPacket) => `${p.brokerId}:${p.brokerCounter}`;
const sent = (p: QueuedPacket, messageId: number): QueuedPacket => ({ ...p, messageId });

async function packetsOf(stream: AsyncIterable<QueuedPacket>): Promise<QueuedPacket[]> {
  const out: QueuedPacket[] = [];
  for await (const p of stream) out.push(p);
  return out;
}

async function storedKeys(db: Db): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of db.keys()) keys.push(key);
  return keys;
}

/** Tracks whether a promise settled yet, without awaiting it. */
function watch(p: Promise<void>) {
  const state = { done: false, failed: undefined as unknown };
  p.then(
    () => {
      state.done = true;
    },
    (err: unknown) => {
      state.failed = err;
    },
  );
  return state;
}

describe('OutgoingQueue: QoS 1 messages of persistent sessions', () => {
  it('never writes a message its connected session acknowledges within the wait, and accepts it then', async () => {
    const { db } = await openDb();
    // An hour's wait: only the PUBACK can settle the acceptance within the test.
    const { queue, batcher } = await openQueue(db, { acceptDeferMs: 3_600_000 });
    const p = message();
    queue.enqueue([{ clientId: 'dev-1' }], p);
    const accepted = watch(queue.whenAccepted(tag(p)));
    const connection = {};
    queue.update('dev-1', sent(p, 7), connection);
    // Queued, but already sent on this connection: nothing to resend on it.
    expect(await packetsOf(queue.stream('dev-1', connection))).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(accepted.done).toBe(false);
    const cleared = queue.clear('dev-1', { messageId: 7 });
    expect(cleared?.topic).toBe('mc/d1/cmd');
    await queue.whenAccepted(tag(p));
    expect(accepted.done).toBe(true);
    expect(await packetsOf(queue.stream('dev-1'))).toEqual([]);
    await batcher.settled();
    expect(await storedKeys(db)).toEqual([]);
    expect(batcher.stats.writes).toBe(0);
    expect(queue.stats.neverWritten).toBe(1);
    // A message that queued nothing (no persistent session wanted it) is accepted at once.
    await queue.whenAccepted('b:999999');
  });

  it('writes an unacknowledged message after the wait and only then accepts it; it survives a restart', async () => {
    const { db, dir } = await openDb();
    const { queue, batcher } = await openQueue(db, { acceptDeferMs: 30 });
    const p = message();
    queue.enqueue([{ clientId: 'dev/2' }], p);
    queue.update('dev/2', sent(p, 9));
    expect(
      await db.get(`outgoing:${encodeURIComponent('dev/2')}:b:${String(p.brokerCounter).padStart(16, '0')}`),
    ).toBeUndefined();
    await queue.whenAccepted(tag(p));
    // On disk when accepted: the record with its packet id, and the packet-id index.
    const keys = await storedKeys(db);
    expect(keys).toEqual([
      `outgoing-id:dev%2F2:${'9'.padStart(16, '0')}`,
      `outgoing:dev%2F2:b:${String(p.brokerCounter).padStart(16, '0')}`,
    ]);
    expect((msgpack.decode((await db.get(keys[1] ?? '')) ?? Buffer.alloc(0)) as QueuedPacket).messageId).toBe(
      9,
    );
    // Re-sent with another packet id (a reconnect): written lazily, the old index goes.
    queue.update('dev/2', sent(p, 11));
    await batcher.settled();
    expect((await storedKeys(db))[0]).toBe(`outgoing-id:dev%2F2:${'11'.padStart(16, '0')}`);
    expect(await storedKeys(db)).toHaveLength(2);
    // The broker is killed before the PUBACK: a new queue on the same store has it, by its id.
    await db.close();
    const { db: db2 } = await openDb(dir);
    const { queue: again, batcher: batcher2 } = await openQueue(db2, { acceptDeferMs: 30 });
    const [restored] = await packetsOf(again.stream('dev/2', {}));
    expect(again.stats.readBack).toBe(1);
    expect(restored?.payload).toEqual(p.payload);
    // A QoS 1 resend on a new connection takes a new packet id (see the collision test below).
    expect(restored?.messageId).toBeUndefined();
    again.update('dev/2', sent(p, 12));
    expect(again.clear('dev/2', { messageId: 12 })?.brokerCounter).toBe(p.brokerCounter);
    await batcher2.settled();
    // The record and both its indexes (the old id 11, the new id 12) are gone from disk.
    expect(await storedKeys(db2)).toEqual([]);
  });

  it('writes a message for an offline session at once, and accepts it only once it is on disk', async () => {
    const { db } = await openDb();
    const { queue, batcher } = await openQueue(db, {
      isOnline: (client) => client !== 'away',
      acceptDeferMs: 3_600_000,
    });
    const five = message();
    const six = message();
    queue.enqueue([{ clientId: 'away' }], five);
    queue.enqueue([{ clientId: 'here' }], six);
    const sixAccepted = watch(queue.whenAccepted(tag(six)));
    await queue.whenAccepted(tag(five));
    expect(await storedKeys(db)).toHaveLength(1);
    expect(sixAccepted.done).toBe(false);
    // Kept on disk only, read back when the session connects: a backlog costs no memory.
    expect(queue.stats.readBack).toBe(0);
    const seven = message();
    queue.enqueue([{ clientId: 'away' }], seven);
    await queue.whenAccepted(tag(seven));
    const backlog = await packetsOf(queue.stream('away'));
    expect(backlog.map((p) => p.brokerCounter)).toEqual([five.brokerCounter, seven.brokerCounter]);
    expect(queue.stats.readBack).toBe(2);
    // Now in memory while they are sent: acknowledged by packet id, deleted from disk.
    queue.update('away', sent(five, 1));
    queue.update('away', sent(seven, 2));
    queue.clear('away', { messageId: 1 });
    queue.clear('away', { messageId: 2 });
    expect(await packetsOf(queue.stream('away'))).toEqual([]);
    // Closing the store writes what still waits for a PUBACK, and that accepts it.
    queue.flush();
    await queue.whenAccepted(tag(six));
    await batcher.settled();
    expect(await storedKeys(db)).toEqual([`outgoing:here:b:${String(six.brokerCounter).padStart(16, '0')}`]);
  });

  it('accepts a message for two sessions only when both records are settled', async () => {
    const { db } = await openDb();
    const { queue, batcher } = await openQueue(db, { acceptDeferMs: 50 });
    const p = message('mc/all');
    queue.enqueue([{ clientId: 'a' }, { clientId: 'c' }], p);
    const both = watch(queue.whenAccepted(tag(p)));
    queue.update('a', sent(p, 1));
    queue.clear('a', { messageId: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(both.done).toBe(false);
    await queue.whenAccepted(tag(p));
    await batcher.settled();
    // a acknowledged it: never written; c did not: written.
    expect(await storedKeys(db)).toEqual([`outgoing:c:b:${String(p.brokerCounter).padStart(16, '0')}`]);
  });

  it('rejects the acceptance of a message whose write failed', async () => {
    const { db } = await openDb();
    const { queue } = await openQueue(db, { isOnline: () => false });
    await db.close();
    const p = message();
    queue.enqueue([{ clientId: 'x' }], p);
    await expect(queue.whenAccepted(tag(p))).rejects.toThrow();
  });

  it('drops a message never sent when its session is emptied (clear without a packet id)', async () => {
    const { db } = await openDb();
    const { queue } = await openQueue(db, { acceptDeferMs: 3_600_000 });
    const p = message();
    queue.enqueue([{ clientId: 'gone' }], p);
    expect(queue.clear('gone', { brokerId: p.brokerId, brokerCounter: p.brokerCounter })?.topic).toBe(
      p.topic,
    );
    await queue.whenAccepted(tag(p));
    expect(await packetsOf(queue.stream('gone'))).toEqual([]);
    expect(() => queue.update('gone', sent(p, 3))).toThrow('no such packet');
  });

  it('tracks a QoS 2 message through PUBREL, found by its packet id', async () => {
    const { db } = await openDb();
    const { queue, batcher } = await openQueue(db, { acceptDeferMs: 10 });
    const p = { ...message(), qos: 2 };
    queue.enqueue([{ clientId: 'q2' }], p);
    queue.update('q2', sent(p, 4));
    await queue.whenAccepted(tag(p));
    const pubrel = { cmd: 'pubrel', messageId: 4 } as unknown as QueuedPacket;
    queue.update('q2', pubrel);
    expect(pubrel.brokerCounter).toBe(p.brokerCounter);
    const [queued] = await packetsOf(queue.stream('q2'));
    expect(queued?.cmd).toBe('pubrel');
    expect(queue.clear('q2', { messageId: 4 })?.cmd).toBe('pubrel');
    await batcher.settled();
    expect(await storedKeys(db)).toEqual([]);
  });
});

describe('OutgoingQueue across connections', () => {
  it('resends a QoS 1 message of an earlier connection under a new id, so an old id cannot meet a new message', async () => {
    const { db, dir } = await openDb();
    const first = await openQueue(db, { acceptDeferMs: 10 });
    const old = message();
    first.queue.enqueue([{ clientId: 'mc-controller' }], old);
    first.queue.update('mc-controller', sent(old, 500), {});
    await first.queue.whenAccepted(tag(old));
    await first.batcher.settled();
    await db.close();
    // The broker restarts; the client connects again and numbers its new messages from a
    // random start that happens to reach 500 while the old message is still queued.
    const { db: db2 } = await openDb(dir);
    const { queue, batcher } = await openQueue(db2, { acceptDeferMs: 10 });
    const connection = {};
    const live = message();
    queue.enqueue([{ clientId: 'mc-controller' }], live);
    queue.update('mc-controller', sent(live, 500), connection);
    const stream = queue.stream('mc-controller', connection)[Symbol.asyncIterator]();
    const resent = (await stream.next()).value as QueuedPacket;
    expect(resent.brokerCounter).toBe(old.brokerCounter);
    expect(resent.messageId).toBeUndefined();
    // The live message's PUBACK removes the live message, not the old one…
    expect(queue.clear('mc-controller', { messageId: 500 })?.brokerCounter).toBe(live.brokerCounter);
    // …which aedes then sends under its next id (before: 'no such packet', connection closed).
    expect(() => queue.update('mc-controller', sent(resent, 501), connection)).not.toThrow();
    expect((await stream.next()).done).toBe(true);
    expect(queue.clear('mc-controller', { messageId: 501 })?.brokerCounter).toBe(old.brokerCounter);
    await batcher.settled();
    expect(await storedKeys(db2)).toEqual([]);
  });

  it('takes up a message written for an offline session that aedes delivers live all the same', async () => {
    const { db } = await openDb();
    // The client is between its CONNECT and its registration: not online for the queue,
    // already subscribed for aedes' delivery.
    let online = false;
    const { queue, batcher } = await openQueue(db, { isOnline: () => online });
    const p = message();
    queue.enqueue([{ clientId: 'joining' }], p);
    await queue.whenAccepted(tag(p));
    online = true;
    const connection = {};
    expect(() => queue.update('joining', sent(p, 33), connection)).not.toThrow();
    // Its stream (the CONNACK's queue) does not send it twice on this connection.
    expect(await packetsOf(queue.stream('joining', connection))).toEqual([]);
    expect(queue.clear('joining', { messageId: 33 })?.brokerCounter).toBe(p.brokerCounter);
    await batcher.settled();
    expect(await storedKeys(db)).toEqual([]);
    // A message nobody queued is still refused, as aedes expects.
    expect(() => queue.update('joining', sent(message(), 34), connection)).toThrow('no such packet');
  });

  it('resends what an earlier connection of the same broker run left unacknowledged, not what this one sent', async () => {
    const { db } = await openDb();
    const { queue } = await openQueue(db, { acceptDeferMs: 3_600_000 });
    const a = message();
    const b = message();
    queue.enqueue([{ clientId: 'dev-3' }], a);
    queue.update('dev-3', sent(a, 1), { connection: 1 });
    const second = { connection: 2 };
    queue.enqueue([{ clientId: 'dev-3' }], b);
    queue.update('dev-3', sent(b, 9), second);
    const resent = await packetsOf(queue.stream('dev-3', second));
    expect(resent.map((p) => [p.brokerCounter, p.messageId])).toEqual([[a.brokerCounter, undefined]]);
    // The old id 1 no longer names `a`; `b` is still acknowledged by its id.
    expect(queue.clear('dev-3', { messageId: 1 })).toBeUndefined();
    expect(queue.clear('dev-3', { messageId: 9 })?.brokerCounter).toBe(b.brokerCounter);
  });
});

describe('OutgoingQueue and aedes-persistence-level read each other', () => {
  it('loads the queues aedes-persistence-level wrote, and writes what it reads', async () => {
    const { db, dir } = await openDb();
    const level = aedesPersistenceLevel(db);
    const p1 = message();
    const p2 = message();
    await level.outgoingEnqueueCombi([{ clientId: 'dev:x' }], p1);
    await level.outgoingEnqueueCombi([{ clientId: 'dev:x' }], p2);
    await level.outgoingUpdate({ id: 'dev:x' }, sent(p1, 21));
    await db.close();

    const { db: db2 } = await openDb(dir);
    const { queue, batcher } = await openQueue(db2, { acceptDeferMs: 10 });
    const queued = await packetsOf(queue.stream('dev:x', {}));
    expect(queued.map((p) => p.brokerCounter)).toEqual([p1.brokerCounter, p2.brokerCounter]);
    // p1 was sent as 21 by the other store; resent under a new id here.
    queue.update('dev:x', sent(p1, 30));
    expect(queue.clear('dev:x', { messageId: 30 })?.brokerCounter).toBe(p1.brokerCounter);
    const p3 = message();
    queue.enqueue([{ clientId: 'dev:x' }], p3);
    queue.update('dev:x', sent(p3, 22));
    await queue.whenAccepted(tag(p3));
    await batcher.settled();
    await db2.close();

    const { db: db3 } = await openDb(dir);
    const back = aedesPersistenceLevel(db3);
    const left = await packetsOf(back.outgoingStream({ id: 'dev:x' }));
    expect(left.map((p) => p.brokerCounter)).toEqual([p2.brokerCounter, p3.brokerCounter]);
    expect((await back.outgoingClearMessageId({ id: 'dev:x' }, { messageId: 22 }))?.brokerCounter).toBe(
      p3.brokerCounter,
    );
  });
});
