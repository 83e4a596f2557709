// The broker store's write batching (broker/level-batch.ts) and ranged retained lookup
// (broker/persistence.ts) on a real LevelDB in a temp dir; the QoS 1 queues of persistent
// sessions are in broker-outgoing-queue.test.ts.
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

  it('coalesces lazy writes to one key and writes them in order after earlier durable ones', async () => {
    const { db, batcher } = await openDb();
    const durable = batcher.write([{ type: 'put', key: 'r', value: b('v1') }]);
    void batcher.writeLazy([{ type: 'put', key: 'r', value: b('v2') }]);
    void batcher.writeLazy([{ type: 'put', key: 'lazy', value: b('1') }]);
    void batcher.writeLazy([{ type: 'put', key: 'lazy', value: b('2') }]);
    await durable;
    expect((await batcher.get('lazy'))?.toString()).toBe('2');
    await batcher.settled();
    expect((await db.get('r'))?.toString()).toBe('v2');
    expect((await db.get('lazy'))?.toString()).toBe('2');
    // Two lazy puts to `lazy`, one LevelDB write.
    expect(batcher.stats.writes).toBe(2);
  });

  it('rejects the writers of a batch that fails', async () => {
    const { db, store } = await openDb();
    await db.close();
    await expect(store.put('x', b('y'))).rejects.toThrow();
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
