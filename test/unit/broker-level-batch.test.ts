// The broker store's write batching (broker/level-batch.ts) and ranged retained lookup
// (broker/persistence.ts) on a real LevelDB in a temp dir.
import { ClassicLevel } from 'classic-level';
import { describe, expect, it } from 'vitest';
import { batchedLevel, LevelWriteBatcher } from '../../broker/level-batch.ts';
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
  it('stores the accepted message before resolving, and drops an index put and deleted before it was written', async () => {
    const dir = await makeTempDir(teardown, 'mc-level-batch-');
    const db = new ClassicLevel<string, Buffer>(dir, { valueEncoding: 'buffer' });
    await db.open();
    teardown.add('level', () => db.close());
    const batcher = new LevelWriteBatcher(db, { trackedPrefixes: ['outgoing:', 'outgoing-id:'] });
    await batcher.load();
    const store = batchedLevel(db, batcher);
    // Accepted: durable, on disk when the promise resolves.
    await store.put('outgoing:c:b:1', b('msg'));
    expect((await db.get('outgoing:c:b:1'))?.toString()).toBe('msg');
    // Sent (index + rewrite) and acknowledged (both deleted) within the defer window.
    await store.put('outgoing-id:c:7', b('msg+id'));
    await store.put('outgoing:c:b:1', b('msg+id'));
    expect((await store.get('outgoing-id:c:7'))?.toString()).toBe('msg+id');
    await store.batch().del('outgoing-id:c:7').del('outgoing:c:b:1').write();
    expect(await store.get('outgoing:c:b:1')).toBeUndefined();
    expect(batcher.stats.dropped).toBe(1);
    await batcher.settled();
    expect(await db.get('outgoing:c:b:1')).toBeUndefined();
    expect(await db.get('outgoing-id:c:7')).toBeUndefined();
    // An unacknowledged message's rewrite still reaches the store (after the defer window).
    await store.put('outgoing:c:b:2', b('two'));
    await store.put('outgoing:c:b:2', b('two+id'));
    await batcher.settled();
    expect((await db.get('outgoing:c:b:2'))?.toString()).toBe('two+id');
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
    expect((await batchedLevel(db2, again).get('outgoing:c:b:2'))?.toString()).toBe('two+id');
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
