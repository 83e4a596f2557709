// The broker store's write batching (broker/level-batch.ts) and ranged retained lookup
// (broker/persistence.ts) on a real LevelDB in a temp dir.
import { ClassicLevel } from 'classic-level';
import { describe, expect, it } from 'vitest';
import { LevelWriteBatcher } from '../../broker/level-batch.ts';
import { batchedLevel } from '../../broker/level-store.ts';
import { RingQueue, useRingQueues } from '../../broker/mq-queue.ts';
import { retainedRange, topicMatches } from '../../broker/persistence.ts';
import { makeTempDir } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';

const teardown = teardownEach();

async function openDb() {
  const dir = await makeTempDir(teardown, 'mc-level-batch-');
  const db = new ClassicLevel<string, Buffer>(dir, { valueEncoding: 'buffer' });
  await db.open();
  teardown.add('level', () => db.close());
  const batcher = new LevelWriteBatcher(db);
  return { db, batcher, store: batchedLevel(db, batcher) };
}

const b = (s: string) => Buffer.from(s);

describe('LevelWriteBatcher', () => {
  it('writes concurrent puts and deletes in few batches, in order, and resolves each after it is stored', async () => {
    const { db, batcher, store } = await openDb();
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 500; i++) writes.push(store.put(`k${i}`, b(`v${i}`)));
    writes.push(store.del('k7'));
    writes.push(store.put('k8', b('last')));
    const chained = store.batch().del('k9').put('k10', b('ten'));
    writes.push(chained.write());
    await Promise.all(writes);
    // Stored in LevelDB itself, not only in memory.
    expect((await db.get('k1'))?.toString()).toBe('v1');
    expect(await db.get('k7')).toBeUndefined();
    expect((await db.get('k8'))?.toString()).toBe('last');
    expect(await db.get('k9')).toBeUndefined();
    expect((await db.get('k10'))?.toString()).toBe('ten');
    // 500 distinct keys: the later writes to k7…k10 replaced the earlier ones in the batch.
    expect(batcher.stats.writes).toBe(500);
    expect(batcher.stats.batches).toBeLessThanOrEqual(3);
  });

  it('reads its own writes before and after they are stored, and iterators see every earlier write', async () => {
    const { db, store } = await openDb();
    await db.put('old', b('stored before'));
    const put = store.put('a', b('1'));
    expect((await store.get('a'))?.toString()).toBe('1');
    void store.del('old');
    expect(await store.get('old')).toBeUndefined();
    await put;
    expect((await store.get('a'))?.toString()).toBe('1');
    void store.put('b', b('2'));
    const keys: string[] = [];
    for await (const key of store.keys({})) keys.push(key);
    expect(keys).toEqual(['a', 'b']);
    void store.put('c', b('3'));
    await store.clear({ gte: 'a', lt: 'c' });
    expect(await store.get('a')).toBeUndefined();
    expect((await store.get('c'))?.toString()).toBe('3');
    await store.close();
  });

  it('rejects the writers of a batch that fails', async () => {
    const { db, store } = await openDb();
    await db.close();
    await expect(store.put('x', b('y'))).rejects.toThrow();
  });
});

describe('QoS 1 bookkeeping of persistent sessions (outgoing keys)', () => {
  it('acknowledges an accepted message once it is on disk or acknowledged by its session, never earlier', async () => {
    const dir = await makeTempDir(teardown, 'mc-level-batch-');
    const db = new ClassicLevel<string, Buffer>(dir, { valueEncoding: 'buffer' });
    await db.open();
    teardown.add('level', () => db.close());
    const batcher = new LevelWriteBatcher(db, { trackedPrefixes: ['outgoing:', 'outgoing-id:'] });
    await batcher.load();
    const store = batchedLevel(db, batcher);
    let accepted = false;
    // Accepted: the put returns at once (delivery goes on), the acceptance is pending.
    await store.put('outgoing:c:b:1', b('msg'));
    const first = batcher.whenAccepted('b:1').then(() => {
      accepted = true;
    });
    expect(accepted).toBe(false);
    // Sent (index + rewrite) and acknowledged (both deleted) within the window: never written,
    // and that settles the acceptance.
    await store.put('outgoing-id:c:7', b('msg+id'));
    await store.put('outgoing:c:b:1', b('msg+id'));
    expect((await store.get('outgoing-id:c:7'))?.toString()).toBe('msg+id');
    await store.batch().del('outgoing-id:c:7').del('outgoing:c:b:1').write();
    await first;
    expect(accepted).toBe(true);
    expect(await store.get('outgoing:c:b:1')).toBeUndefined();
    expect(batcher.stats.acceptedDropped).toBe(1);
    expect(batcher.stats.dropped).toBe(2);
    await batcher.settled();
    expect(await db.get('outgoing:c:b:1')).toBeUndefined();
    expect(await db.get('outgoing-id:c:7')).toBeUndefined();
    expect(batcher.stats.writes).toBe(0);
    // Not acknowledged by its session: written after the window, and only then accepted.
    await store.put('outgoing:c:b:2', b('two'));
    await store.put('outgoing:c:b:2', b('two+id'));
    expect(await db.get('outgoing:c:b:2')).toBeUndefined();
    await batcher.whenAccepted('b:2');
    expect((await db.get('outgoing:c:b:2'))?.toString()).toBe('two+id');
    // A rewrite of a stored record is no acceptance: nothing to wait for.
    await store.put('outgoing:c:b:2', b('two+id2'));
    await batcher.whenAccepted('b:2');
    expect(batcher.stats.acceptedWrites).toBe(2);
    await batcher.settled();
    expect((await db.get('outgoing:c:b:2'))?.toString()).toBe('two+id2');
    // A packet-id index that was never stored is known absent without reading LevelDB
    // (a clean session's PUBACK looks one up for every QoS 1 message).
    const reads = batcher.stats.readsFromStore;
    expect(await store.get('outgoing-id:clean-client:42')).toBeUndefined();
    expect(batcher.stats.readsFromStore).toBe(reads);
    // After a restart the stored keys are loaded: the unacknowledged message is still there.
    await store.close();
    const db2 = new ClassicLevel<string, Buffer>(dir, { valueEncoding: 'buffer' });
    await db2.open();
    teardown.add('level2', () => db2.close());
    const again = new LevelWriteBatcher(db2, { trackedPrefixes: ['outgoing:', 'outgoing-id:'] });
    await again.load();
    expect((await batchedLevel(db2, again).get('outgoing:c:b:2'))?.toString()).toBe('two+id2');
  });
});

describe('accepted QoS 1 messages (whenAccepted)', () => {
  async function openStore(isOnline: (client: string) => boolean, acceptDeferMs?: number) {
    const dir = await makeTempDir(teardown, 'mc-level-batch-');
    const db = new ClassicLevel<string, Buffer>(dir, { valueEncoding: 'buffer' });
    await db.open();
    teardown.add('level', () => db.close());
    const batcher = new LevelWriteBatcher(db, {
      trackedPrefixes: ['outgoing:', 'outgoing-id:'],
      ...(acceptDeferMs === undefined ? {} : { acceptDeferMs }),
    });
    await batcher.load();
    return { db, batcher, store: batchedLevel(db, batcher, { isOnline }) };
  }

  it('writes a message for an offline session at once, and accepts it only once it is on disk', async () => {
    // A connected session's record waits an hour here for its PUBACK: only a record written
    // at once can be accepted within the test.
    const { db, batcher, store } = await openStore((client) => client !== 'off:line', 3_600_000);
    await store.put('outgoing:off:line:b:5', b('five'));
    await store.put('outgoing:on:b:6', b('six'));
    let sixAccepted = false;
    const six = batcher.whenAccepted('b:6').then(() => {
      sixAccepted = true;
    });
    await batcher.whenAccepted('b:5');
    expect((await db.get('outgoing:off:line:b:5'))?.toString()).toBe('five');
    expect(await db.get('outgoing:on:b:6')).toBeUndefined();
    expect(sixAccepted).toBe(false);
    // Everything goes to disk on settled() (close, iterators): then it is accepted too.
    await batcher.settled();
    await six;
    expect((await db.get('outgoing:on:b:6'))?.toString()).toBe('six');
  });

  it('accepts a message for two sessions only when both records are settled', async () => {
    const { db, batcher, store } = await openStore(() => true);
    await store.put('outgoing:a:b:9', b('nine'));
    await store.put('outgoing:c:b:9', b('nine'));
    let accepted = false;
    const both = batcher.whenAccepted('b:9').then(() => {
      accepted = true;
    });
    // Session a acknowledges: its record is dropped, c's still waits.
    await store.del('outgoing:a:b:9');
    await new Promise((resolve) => setImmediate(resolve));
    expect(accepted).toBe(false);
    await both;
    expect(await db.get('outgoing:a:b:9')).toBeUndefined();
    expect((await db.get('outgoing:c:b:9'))?.toString()).toBe('nine');
    // A message with no record (no persistent session wanted it) is accepted at once.
    await batcher.whenAccepted('b:10');
  });

  it('rejects the acceptance of a message whose write failed', async () => {
    const { db, batcher, store } = await openStore(() => false);
    await db.close();
    await store.put('outgoing:x:b:1', b('one'));
    await expect(batcher.whenAccepted('b:1')).rejects.toThrow();
  });
});

describe('retained lookup by range', () => {
  it('matches topics like MQTT filters (empty levels match +, a/# matches a)', () => {
    expect(topicMatches('mc/+/status', 'mc/d1/status')).toBe(true);
    expect(topicMatches('mc/+/status', 'mc//status')).toBe(true);
    expect(topicMatches('mc/+/status', 'mc/d1/status/x')).toBe(false);
    expect(topicMatches('mc/d1/#', 'mc/d1')).toBe(true);
    expect(topicMatches('mc/d1/#', 'mc/d1/workloads/a')).toBe(true);
    expect(topicMatches('mc/d1/cmd', 'mc/d1/cmd')).toBe(true);
    expect(topicMatches('mc/d1/cmd', 'mc/d1/cmdx')).toBe(false);
    expect(topicMatches('#', 'anything/at/all')).toBe(true);
  });

  it('bounds the key range by the literal levels before the first wildcard', () => {
    expect(retainedRange('mc/d1/cmd')).toEqual({ gte: 'retained:mc/d1/cmd', lt: 'retained:mc/d1/cmd\u0000' });
    expect(retainedRange('mc/d1/#')).toEqual({ gte: 'retained:mc/d1', lt: 'retained:mc/d2' });
    expect(retainedRange('+/status')).toBeNull();
    expect(retainedRange('#')).toBeNull();
    const range = retainedRange('mc/d1/#');
    const inside = (k: string) => range !== null && k >= range.gte && k < range.lt;
    expect(['retained:mc/d1', 'retained:mc/d1/status', 'retained:mc/d10/x'].every(inside)).toBe(true);
    expect(['retained:mc/d2/status', 'retained:mc/d0'].some(inside)).toBe(false);
  });
});

describe('RingQueue (mqemitter queues)', () => {
  it('keeps FIFO order across growth and wrap-around, and reports its length', () => {
    const q = new RingQueue<number>();
    const out: number[] = [];
    let next = 0;
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 1500; i++) q.push(next++);
      for (let i = 0; i < 1000; i++) out.push(q.shift() as number);
    }
    expect(q.length).toBe(2500);
    while (q.length > 0) out.push(q.shift() as number);
    expect(q.shift()).toBeUndefined();
    expect(out).toEqual(Array.from({ length: next }, (_, i) => i));
  });

  it('replaces the queues of the installed mqemitter, and only empty ones', async () => {
    const { default: mqemitter } = await import('mqemitter');
    const mq = mqemitter({ concurrency: 1 });
    expect(useRingQueues(mq)).toBe(true);
    const got: number[] = [];
    mq.on('t', (m, cb) => {
      got.push(Number(m.n));
      setImmediate(cb);
    });
    await new Promise((r) => setImmediate(r));
    await new Promise<void>((resolve) => {
      for (let n = 0; n < 50; n++) mq.emit({ topic: 't', n }, n === 49 ? () => resolve() : undefined);
    });
    expect(got).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(useRingQueues({ _messageQueue: [1], _messageCallbacks: [] })).toBe(false);
  });

  it('drains a long queue of synchronously finished deliveries without overflowing the stack', async () => {
    const { default: mqemitter } = await import('mqemitter');
    const mq = mqemitter({ concurrency: 1 });
    expect(useRingQueues(mq)).toBe(true);
    let delivered = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    mq.on('t', (_m, cb) => {
      delivered += 1;
      // The first delivery waits, so the other 100,000 queue up; the rest finish at once.
      if (delivered === 1) void gate.then(cb);
      else cb();
    });
    await new Promise((r) => setImmediate(r));
    const all = new Promise<void>((resolve) => {
      for (let n = 0; n < 100_001; n++)
        mq.emit({ topic: 't', n }, n === 100_000 ? () => resolve() : undefined);
    });
    release();
    await all;
    expect(delivered).toBe(100_001);
  });
});
