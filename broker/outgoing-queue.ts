// The QoS 1/2 messages queued for persistent sessions (aedes' "outgoing" persistence), held
// in memory and written to LevelDB behind the traffic. aedes-persistence-level keeps them
// only on disk: each delivery cost three msgpack encodes, two decodes and seven store calls
// (enqueue; get, put index, put record when sent; get, delete both on PUBACK), and that
// bookkeeping was half of the broker's CPU under QoS 1 fan-in (docs/benchmarks.md, broker).
//
// Here a message is written only if it has to be: a record for a connected session waits up
// to ACCEPT_DEFER_MS in memory for that session's PUBACK, which removes it before it reaches
// the disk; a record still unacknowledged after the wait is written then, and one for a
// session that is offline at once (durable: whenAccepted resolves after the write).
// Rewrites and deletes of a record on disk are written lazily (LevelWriteBatcher.writeLazy):
// lost in a crash, they only mean a message is sent again after the restart — a duplicate,
// which QoS 1 allows; never a loss.
//
// Memory holds what is in flight: records waiting for their PUBACK. A message for an offline
// session is kept on disk only, and read back when that session reconnects (stream), so a
// long backlog (a controller down for hours, devices offline for days) costs disk, not RAM.
//
// Keys and values are aedes-persistence-level's (`outgoing:<client>:<broker>:<counter>` and
// `outgoing-id:<client>:<packet id>`, msgpack), so a store written by either reads in the
// other.
import { Readable } from 'node:stream';
import type { LevelWriteBatcher, Op } from './level-batch.ts';
import {
  clientIdOfKey,
  copyOf,
  DISK_ONLY_TRACKED,
  idKeyOf,
  keyOf,
  newSession,
  OUTGOING,
  type QueuedPacket,
  queuedCopy,
  type Rec,
  type Session,
  tagOf,
} from './outgoing-records.ts';

export type { QueuedPacket } from './outgoing-records.ts';

/**
 * How long a record for a connected session may wait for its PUBACK before it is written.
 * The publisher's PUBACK waits for that (whenAccepted), so this bounds a publisher's wait
 * when a subscriber is slow; a subscriber that keeps up acknowledges within a few ms.
 */
const ACCEPT_DEFER_MS = 100;

interface Codec {
  encode(value: unknown): Buffer;
  decode(buf: Buffer): unknown;
}

type Waiter = { resolve: () => void; reject: (err: unknown) => void };

export interface OutgoingQueueOptions {
  /** Whether a client is connected now: a record for an offline session is written at once. */
  isOnline(clientId: string): boolean;
  /**
   * The stored entries (`values`: with their values) with keys from `prefix` (ending in ':')
   * up to the next prefix, in key order, including every write issued before the call.
   */
  read(prefix: string, values: boolean): AsyncIterable<[string, Buffer | undefined]>;
  acceptDeferMs?: number;
  /** A write nobody awaits failed (lazy rewrites and deletes). */
  onLazyError(err: unknown): void;
}

export class OutgoingQueue {
  readonly #batcher: LevelWriteBatcher;
  readonly #codec: Codec;
  readonly #opts: OutgoingQueueOptions;
  readonly #acceptDeferMs: number;
  readonly #sessions = new Map<string, Session>();
  /** A number per client connection (aedes Client object), for Rec.sentOn. */
  readonly #connections = new WeakMap<object, number>();
  #connectionCount = 0;
  /** Sessions that may have records on disk that are not in memory. */
  readonly #onDisk = new Set<string>();
  /** Records whose acceptance is pending, oldest first. */
  readonly #unaccepted = new Set<Rec>();
  /** Per message tag: records not yet settled, and who waits for them. */
  readonly #unsettled = new Map<string, { records: number; waiters: Waiter[] }>();
  #timer: NodeJS.Timeout | undefined;
  /** Counters for tests and docs. */
  readonly stats = {
    queued: 0,
    /** Records written because their session was offline or did not acknowledge in time. */
    recordsWritten: 0,
    /** Records acknowledged before they were written: never on disk. */
    neverWritten: 0,
    /** Records read back from disk for a session that (re)connected. */
    readBack: 0,
  };

  constructor(batcher: LevelWriteBatcher, codec: Codec, opts: OutgoingQueueOptions) {
    this.#batcher = batcher;
    this.#codec = codec;
    this.#opts = opts;
    this.#acceptDeferMs = opts.acceptDeferMs ?? ACCEPT_DEFER_MS;
  }

  /** A session's in-flight records (kept while the broker runs: a few bytes when empty). */
  #session(clientId: string): Session {
    let session = this.#sessions.get(clientId);
    if (!session) {
      session = newSession(clientId);
      this.#sessions.set(clientId, session);
    }
    return session;
  }

  /** Finds the sessions with records on disk (keys only); call before use. */
  async load(): Promise<void> {
    for await (const [key] of this.#opts.read(OUTGOING, false)) this.#onDisk.add(clientIdOfKey(key));
  }

  /** Queues `packet` for each session; the publisher's PUBACK waits for whenAccepted. */
  enqueue(subs: readonly { clientId: string }[], packet: QueuedPacket): void {
    const now = performance.now();
    const tag = tagOf(packet);
    const urgent: Rec[] = [];
    for (const { clientId } of subs) {
      const session = this.#session(clientId);
      if (session.records.has(tag)) continue;
      const rec: Rec = {
        id: tag,
        session,
        packet: queuedCopy(packet),
        onDisk: false,
        accepting: true,
        acceptedAt: now,
      };
      this.stats.queued += 1;
      const unsettled = this.#unsettled.get(tag);
      if (unsettled) unsettled.records += 1;
      else this.#unsettled.set(tag, { records: 1, waiters: [] });
      if (this.#opts.isOnline(clientId)) {
        session.records.set(tag, rec);
        this.#unaccepted.add(rec);
        this.#timer ??= setTimeout(() => this.#writeDue(), this.#acceptDeferMs).unref();
      } else {
        // Offline: on disk only, read back when the session reconnects.
        this.#onDisk.add(clientId);
        session.diskOnly.add(tag);
        if (session.diskOnly.size > DISK_ONLY_TRACKED) {
          session.diskOnly.delete(session.diskOnly.values().next().value ?? '');
        }
        urgent.push(rec);
      }
    }
    if (urgent.length > 0) this.#writeRecords(urgent);
  }

  /**
   * Resolves once every record of the message `tag` (`<broker id>:<broker counter>`) is on
   * disk or was acknowledged before it got there — at once if it has none; rejects if the
   * write of one failed.
   */
  whenAccepted(tag: string): Promise<void> {
    const unsettled = this.#unsettled.get(tag);
    if (!unsettled) return Promise.resolve();
    return new Promise((resolve, reject) => unsettled.waiters.push({ resolve, reject }));
  }

  /**
   * The message was sent with a packet id (a PUBLISH), or moved on to PUBREL (QoS 2, found
   * by its packet id). Throws if the session has no such message, as aedes expects.
   */
  update(clientId: string, packet: QueuedPacket, connection?: object): void {
    const session = this.#sessions.get(clientId);
    let rec: Rec | undefined;
    if (packet.brokerId) {
      const tag = tagOf(packet);
      rec = session?.records.get(tag);
      // Written while its session looked offline, delivered live all the same (a client
      // connecting or leaving at that moment): on disk, now in flight.
      if (!rec && session?.diskOnly.delete(tag)) {
        rec = { id: tag, session, packet: queuedCopy(packet), onDisk: true, accepting: false, acceptedAt: 0 };
        session.records.set(tag, rec);
      }
    } else if (packet.messageId !== undefined) {
      rec = session?.byMessageId.get(packet.messageId);
      if (rec) {
        packet.brokerId = rec.packet.brokerId;
        packet.brokerCounter = rec.packet.brokerCounter;
      }
    }
    if (!session || !rec) throw new Error('no such packet');
    const oldIdKey = rec.idKey;
    if (rec.messageId !== undefined && session.byMessageId.get(rec.messageId) === rec) {
      session.byMessageId.delete(rec.messageId);
    }
    if (packet.cmd === rec.packet.cmd) {
      rec.packet.messageId = packet.messageId;
      // Delivery may downgrade the QoS to the subscription's.
      rec.packet.qos = packet.qos;
    } else {
      rec.packet = copyOf(packet);
    }
    rec.messageId = packet.messageId;
    rec.sentOn = connection === undefined ? undefined : this.#connectionOf(connection);
    if (packet.messageId !== undefined) session.byMessageId.set(packet.messageId, rec);
    // A record not on disk is written whole if it ever is (#writeRecords).
    if (!rec.onDisk) return;
    const ops: Op[] = [];
    rec.idKey = packet.messageId === undefined ? undefined : idKeyOf(clientId, packet.messageId);
    if (oldIdKey !== undefined && oldIdKey !== rec.idKey) ops.push({ type: 'del', key: oldIdKey });
    const value = this.#codec.encode(rec.packet);
    if (rec.idKey !== undefined) ops.push({ type: 'put', key: rec.idKey, value });
    ops.push({ type: 'put', key: keyOf(rec), value });
    this.#writeLazy(ops);
  }

  /**
   * The session acknowledged the message with this packet id (or, without one, the message
   * itself is dropped: a session cleaned before it was sent). Returns the queued packet.
   */
  clear(clientId: string, packet: { messageId?: number; brokerId?: string; brokerCounter?: number }) {
    const session = this.#sessions.get(clientId);
    if (!session) return undefined;
    const rec =
      packet.messageId !== undefined
        ? session.byMessageId.get(packet.messageId)
        : packet.brokerId !== undefined && packet.brokerCounter !== undefined
          ? session.records.get(`${packet.brokerId}:${packet.brokerCounter}`)
          : undefined;
    if (!rec) return undefined;
    session.records.delete(rec.id);
    if (rec.messageId !== undefined && session.byMessageId.get(rec.messageId) === rec) {
      session.byMessageId.delete(rec.messageId);
    }
    if (rec.onDisk) {
      const ops: Op[] = [{ type: 'del', key: keyOf(rec) }];
      if (rec.idKey !== undefined) ops.push({ type: 'del', key: rec.idKey });
      this.#writeLazy(ops);
    } else if (this.#unaccepted.delete(rec)) {
      this.stats.neverWritten += 1;
      this.#settle(rec);
    }
    return rec.packet;
  }

  #connectionOf(connection: object): number {
    let n = this.#connections.get(connection);
    if (n === undefined) {
      n = ++this.#connectionCount;
      this.#connections.set(connection, n);
    }
    return n;
  }

  /**
   * The session's queued packets (aedes sends them after a CONNACK): those on disk in key
   * order (the ones in memory stand in for their stored copy), then those only in memory —
   * except those already sent on this connection (`connection`, the aedes client).
   *
   * A QoS 1 message sent on an earlier connection goes out under a new packet id. Aedes
   * would resend it under its old one while numbering new messages from a random start, so
   * an old id could meet a new message's: one PUBACK then removed the other message, and
   * its resend failed with 'no such packet', closing the connection (seen: the controller's
   * session after a restart, with 5,000 devices publishing). For QoS 1 a resend is a new
   * delivery anyway (duplicates allowed); QoS 2 messages and PUBRELs keep their ids, as
   * MQTT requires for exactly-once.
   */
  stream(clientId: string, connection?: object): Readable {
    return Readable.from(
      this.#queued(clientId, connection === undefined ? undefined : this.#connectionOf(connection)),
    );
  }

  /** What to send for `rec` on a new connection (see stream). */
  #resend(rec: Rec): QueuedPacket {
    const packet = rec.packet;
    if (packet.cmd !== 'publish' || packet.qos !== 1) return packet;
    if (rec.messageId !== undefined && rec.session.byMessageId.get(rec.messageId) === rec) {
      rec.session.byMessageId.delete(rec.messageId);
    }
    rec.messageId = undefined;
    rec.sentOn = undefined;
    return { ...packet, messageId: undefined };
  }

  async *#queued(clientId: string, connection: number | undefined): AsyncGenerator<QueuedPacket> {
    const session = this.#session(clientId);
    const inMemory = [...session.records.values()];
    const seen = new Set<string>();
    if (this.#onDisk.delete(clientId)) {
      for await (const [key, value] of this.#opts.read(session.prefix, true)) {
        // `<broker id>:<zero-padded counter>`
        const rest = key.slice(session.prefix.length);
        const colon = rest.lastIndexOf(':');
        const id = `${rest.slice(0, colon)}:${Number(rest.slice(colon + 1))}`;
        seen.add(id);
        session.diskOnly.delete(id);
        const known = session.records.get(id);
        if (known) {
          if (connection === undefined || known.sentOn !== connection) yield this.#resend(known);
          continue;
        }
        if (value === undefined) continue;
        const packet = this.#codec.decode(value) as QueuedPacket;
        const rec: Rec = { id, session, packet, onDisk: true, accepting: false, acceptedAt: 0 };
        if (packet.messageId !== undefined) {
          rec.messageId = packet.messageId;
          // The stored index, deleted when the record is sent again or acknowledged.
          rec.idKey = idKeyOf(clientId, packet.messageId);
          // Kept for QoS 2 (their ids are reused); unless a live message holds the id now.
          if (!session.byMessageId.has(packet.messageId)) session.byMessageId.set(packet.messageId, rec);
        }
        session.records.set(id, rec);
        this.stats.readBack += 1;
        yield this.#resend(rec);
      }
    }
    for (const rec of inMemory) {
      // Skipped if stored (yielded above), acknowledged meanwhile, or sent on this connection.
      if (seen.has(rec.id) || session.records.get(rec.id) !== rec) continue;
      if (connection !== undefined && rec.sentOn === connection) continue;
      yield this.#resend(rec);
    }
  }

  /** Writes every record whose acceptance is pending now (before the store closes). */
  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const all = [...this.#unaccepted];
    this.#unaccepted.clear();
    if (all.length > 0) this.#writeRecords(all);
  }

  /** Writes the records that waited ACCEPT_DEFER_MS; sets the timer for the oldest left. */
  #writeDue(): void {
    this.#timer = undefined;
    const due = performance.now() - this.#acceptDeferMs;
    const recs: Rec[] = [];
    for (const rec of this.#unaccepted) {
      if (rec.acceptedAt > due) {
        this.#timer = setTimeout(() => this.#writeDue(), Math.max(1, rec.acceptedAt - due)).unref();
        break;
      }
      recs.push(rec);
    }
    for (const rec of recs) this.#unaccepted.delete(rec);
    if (recs.length > 0) this.#writeRecords(recs);
  }

  /** Writes records not on disk (durable), then settles their acceptance. */
  #writeRecords(recs: readonly Rec[]): void {
    const ops: Op[] = [];
    for (const rec of recs) {
      rec.onDisk = true;
      const value = this.#codec.encode(rec.packet);
      ops.push({ type: 'put', key: keyOf(rec), value });
      if (rec.messageId !== undefined) {
        rec.idKey = idKeyOf(rec.session.clientId, rec.messageId);
        ops.push({ type: 'put', key: rec.idKey, value });
      }
    }
    this.stats.recordsWritten += recs.length;
    this.#batcher.write(ops).then(
      () => {
        for (const rec of recs) this.#settle(rec);
      },
      (err: unknown) => {
        for (const rec of recs) this.#settle(rec, err);
      },
    );
  }

  #writeLazy(ops: Op[]): void {
    this.#batcher.writeLazy(ops).catch((err: unknown) => this.#opts.onLazyError(err));
  }

  /** `rec` is on disk or will never need to be (or its write failed: `err`). */
  #settle(rec: Rec, err?: unknown): void {
    if (!rec.accepting) return;
    rec.accepting = false;
    const tag = rec.id;
    const unsettled = this.#unsettled.get(tag);
    if (!unsettled) return;
    unsettled.records -= 1;
    if (unsettled.records > 0 && err === undefined) return;
    this.#unsettled.delete(tag);
    for (const w of unsettled.waiters) {
      if (err === undefined) w.resolve();
      else w.reject(err);
    }
  }
}
