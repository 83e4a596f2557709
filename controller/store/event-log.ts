// Device events in LMDB, bounded per device and read newest first. Keys are [device, n] with
// n counting up per device in arrival order, so one device's events are one contiguous range:
// "newest first" is a reverse range read, trimming the oldest is removing [device, firstN],
// and no event needs a per-device counter in memory beyond firstN/nextN. Nothing of the
// events themselves is kept in memory except writes not yet committed (PendingOverlay).
import { McError } from '../../proto/errors.ts';
import { EventSequence, type SeqVerdict } from './event-sequence.ts';
import type { EventKey, EventRecord, FleetDb } from './fleet-db.ts';
import { PendingOverlay } from './pending-overlay.ts';
import { storedEvent } from './plain.ts';
import type { EventQuery, StoredEvent } from './types.ts';

export const DEFAULT_EVENTS_PER_DEVICE = 1000;
export const DEFAULT_EVENT_QUERY_LIMIT = 100;
const MAX_N = Number.MAX_SAFE_INTEGER;

interface DeviceEvents {
  /** Lowest n still stored; nextN - firstN events are stored. */
  firstN: number;
  nextN: number;
  sequence: EventSequence;
}

export type AppendResult =
  | { verdict: 'duplicate' }
  | { verdict: Exclude<SeqVerdict, 'duplicate'>; gap: number; event: StoredEvent };

export class EventLog {
  readonly #db: FleetDb;
  readonly #limit: number;
  /** Loaded lazily per device (two cursor reads), so opening the store never scans events. */
  readonly #devices = new Map<string, DeviceEvents>();
  readonly #pending = new PendingOverlay<EventRecord>();
  #total: number;

  constructor(db: FleetDb, limit: number) {
    this.#db = db;
    this.#limit = limit;
    // The B-tree's own entry count: O(1), where getCount() would walk every event.
    // (lmdb's typings declare getStats() as {}; at run time it carries mdb_stat's fields.)
    this.#total = (db.events.getStats() as { entryCount: number }).entryCount;
  }

  /** Events held in LMDB across all devices. */
  get total(): number {
    return this.#total;
  }

  /** Stores an event unless it is a duplicate, trimming the device's oldest beyond the bound. */
  append(record: EventRecord): AppendResult {
    const device = record.device;
    const state = this.#state(device);
    const { verdict, gap } = state.sequence.judge(record.seq, record.boot_id);
    if (verdict === 'duplicate') return { verdict };
    if (state.sequence.accept(record.seq, record.boot_id)) {
      this.#db.track(this.#db.eventBoots.put(device, state.sequence.priorBoots), 'event boots');
    }
    const n = state.nextN++;
    const write = this.#db.track(this.#db.events.put([device, n], record), 'event');
    this.#pending.add(device, n, record, write);
    this.#total++;
    while (state.nextN - state.firstN > this.#limit) {
      this.#db.track(this.#db.events.remove([device, state.firstN]), 'event trim');
      state.firstN++;
      this.#total--;
    }
    return { verdict, gap, event: storedEvent(record) };
  }

  /** A device's events, newest first, filtered. */
  query(device: string, q: EventQuery = {}): StoredEvent[] {
    const limit = clampLimit(q.limit, this.#limit);
    const state = this.#state(device, false);
    if (limit === 0 || state.nextN === state.firstN) return [];
    const types = q.types && q.types.length > 0 ? new Set(q.types) : undefined;
    const out: StoredEvent[] = [];
    for (const [n, record] of this.#pending.newestFirst(device, this.#committed(device, state))) {
      if (n < state.firstN) break; // trimmed, its removal not committed yet
      if (q.before_seq !== undefined && record.seq >= q.before_seq) continue;
      if (q.workload !== undefined && record.workload !== q.workload) continue;
      if (types && !types.has(record.type)) continue;
      out.push(storedEvent(record));
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Forgets a device's events; its sequence starts afresh (a removed device may come back new). */
  remove(device: string): void {
    const state = this.#state(device);
    for (let n = state.firstN; n < state.nextN; n++) {
      this.#db.track(this.#db.events.remove([device, n]), 'event removal');
    }
    this.#db.track(this.#db.eventBoots.remove(device), 'event boots removal');
    this.#total -= state.nextN - state.firstN;
    this.#pending.dropGroup(device);
    // Keep counting n upward: removals may not be committed when the next event arrives.
    this.#devices.set(device, { firstN: state.nextN, nextN: state.nextN, sequence: new EventSequence() });
  }

  *#committed(device: string, state: DeviceEvents): Generator<[number, EventRecord]> {
    const range = this.#db.events.getRange({
      start: [device, state.nextN],
      end: [device, state.firstN - 1],
      reverse: true,
    });
    for (const { key, value } of range) yield [(key as EventKey)[1], value];
  }

  /** The device's range and sequence; a read of a device without events caches nothing. */
  #state(device: string, forWrite = true): DeviceEvents {
    let state = this.#devices.get(device);
    if (state) return state;
    const events = this.#db.events;
    let firstN = 0;
    let nextN = 0;
    let newest: EventRecord | undefined;
    for (const key of events.getKeys({ start: [device, 0], end: [device, MAX_N], limit: 1 })) firstN = key[1];
    for (const { key, value } of events.getRange({
      start: [device, MAX_N],
      end: [device, -1],
      reverse: true,
      limit: 1,
    })) {
      nextN = key[1] + 1;
      newest = value;
    }
    if (newest === undefined) firstN = 0;
    const priorBoots = this.#db.eventBoots.get(device) ?? [];
    state = {
      firstN,
      nextN,
      sequence: new EventSequence(newest?.seq ?? 0, newest?.boot_id ?? '', priorBoots),
    };
    // Names come from API callers too; only devices with events earn a place in the map.
    if (forWrite || nextN > 0) this.#devices.set(device, state);
    return state;
  }
}

function clampLimit(limit: number | undefined, max: number): number {
  if (limit === undefined) return Math.min(DEFAULT_EVENT_QUERY_LIMIT, max);
  if (!Number.isInteger(limit) || limit < 0) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', `limit must be a non-negative integer, got ${limit}`);
  }
  return Math.min(limit, max);
}
