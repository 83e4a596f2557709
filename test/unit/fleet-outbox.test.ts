// The event outbox and its relay over a real LMDB environment: seqs survive a restart,
// entries leave only after their acknowledgement, the bound drops the oldest unsent events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventOutbox } from '../../device/fleet/event-outbox.ts';
import { EventRelay, WINDOW } from '../../device/fleet/event-relay.ts';

const logger = pino({ level: 'silent' });
let dir: string;
let root: RootDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-outbox-'));
  root = open({ path: dir, maxDbs: 8 });
});

afterEach(async () => {
  await root.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Wire {
  connected: boolean;
  sent: number[];
  acks: Map<number, () => void>;
}

function relay(outbox: EventOutbox, limit: number, wire: Wire): EventRelay {
  return new EventRelay({
    outbox,
    limit,
    isConnected: () => wire.connected,
    now: () => 0,
    logger,
    publish: (payload) => {
      const seq = payload[0] as number;
      wire.sent.push(seq);
      return new Promise((resolve) => wire.acks.set(seq, resolve));
    },
  });
}

async function add(outbox: EventOutbox, r: EventRelay): Promise<number> {
  const seq = outbox.allocateSeq();
  await r.add(seq, Uint8Array.of(seq));
  return seq;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('event outbox', () => {
  it('keeps events while offline and sends them in order on connect, removing each after its ack', async () => {
    const wire: Wire = { connected: false, sent: [], acks: new Map() };
    const outbox = new EventOutbox(root);
    const r = relay(outbox, 100, wire);
    for (let i = 0; i < 5; i++) await add(outbox, r);
    expect(wire.sent).toEqual([]);
    expect(r.pending).toBe(5);

    wire.connected = true;
    r.kick();
    expect(wire.sent).toEqual([1, 2, 3, 4, 5]);
    expect(outbox.size).toBe(5); // sent, not yet acknowledged
    wire.acks.get(1)?.();
    wire.acks.get(2)?.();
    await settle();
    await outbox.flushed();
    expect(outbox.size).toBe(3);
    expect(outbox.range(0, 10).map((e) => e.seq)).toEqual([3, 4, 5]);
    // A reconnect does not send the in-flight ones again (MQTT.js resends them itself).
    r.kick();
    expect(wire.sent).toEqual([1, 2, 3, 4, 5]);
  });

  it('never has more than WINDOW events in flight', async () => {
    const wire: Wire = { connected: true, sent: [], acks: new Map() };
    const outbox = new EventOutbox(root);
    const r = relay(outbox, 1000, wire);
    wire.connected = false;
    for (let i = 0; i < WINDOW + 10; i++) await add(outbox, r);
    wire.connected = true;
    r.kick();
    expect(wire.sent).toHaveLength(WINDOW);
    wire.acks.get(1)?.();
    await settle();
    expect(wire.sent).toHaveLength(WINDOW + 1);
  });

  it('drops the oldest unsent events past the limit and counts them', async () => {
    const wire: Wire = { connected: false, sent: [], acks: new Map() };
    const outbox = new EventOutbox(root);
    const r = relay(outbox, 3, wire);
    for (let i = 0; i < 7; i++) await add(outbox, r);
    expect(outbox.dropped).toBe(4);
    expect(r.pending).toBe(3);
    wire.connected = true;
    r.kick();
    expect(wire.sent).toEqual([5, 6, 7]);
  });

  it('continues the seq and the unsent events after a restart', async () => {
    const wire: Wire = { connected: false, sent: [], acks: new Map() };
    const first = new EventOutbox(root);
    const r1 = relay(first, 10, wire);
    for (let i = 0; i < 3; i++) await add(first, r1);
    await first.flushed();
    await root.close();

    root = open({ path: dir, maxDbs: 8 });
    const second = new EventOutbox(root);
    expect(second.lastSeq).toBe(3);
    expect(second.allocateSeq()).toBe(4);
    wire.connected = true;
    relay(second, 10, wire).kick();
    expect(wire.sent).toEqual([1, 2, 3]);
  });

  it('with outbox_limit 0 sends only while connected and counts the rest as dropped', async () => {
    const wire: Wire = { connected: false, sent: [], acks: new Map() };
    const outbox = new EventOutbox(root);
    const r = relay(outbox, 0, wire);
    await add(outbox, r);
    wire.connected = true;
    await add(outbox, r);
    expect(wire.sent).toEqual([2]);
    expect(outbox.dropped).toBe(1);
    expect(outbox.size).toBe(0);
  });
});
