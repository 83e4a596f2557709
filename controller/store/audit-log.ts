// The audit log of commands sent through the controller: who asked what of which device,
// and how it ended. Bounded (oldest trimmed first) and keyed by a counter n, so reading the
// newest is a reverse range read; the entry's id is n in decimal. An entry is written when
// the command goes out and rewritten when its reply (or timeout) comes back.
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import type { FleetDb } from './fleet-db.ts';
import { PendingOverlay } from './pending-overlay.ts';
import type { AuditEntry } from './types.ts';

export const DEFAULT_AUDIT_LIMIT = 10_000;
export const DEFAULT_AUDIT_QUERY_LIMIT = 100;
const GROUP = '';

export class AuditLog {
  readonly #db: FleetDb;
  readonly #limit: number;
  readonly #logger: Logger;
  readonly #pending = new PendingOverlay<AuditEntry>();
  #firstN = 1;
  #nextN = 1;

  constructor(db: FleetDb, limit: number, logger: Logger) {
    this.#db = db;
    this.#limit = limit;
    this.#logger = logger;
    for (const key of db.audit.getKeys({ limit: 1 })) this.#firstN = key;
    for (const key of db.audit.getKeys({ reverse: true, limit: 1 })) this.#nextN = key + 1;
    if (this.#nextN === 1) this.#firstN = 1;
  }

  add(entry: Omit<AuditEntry, 'id'>): string {
    const n = this.#nextN++;
    const record: AuditEntry = { ...entry, id: String(n) };
    this.#write(n, record);
    while (this.#nextN - this.#firstN > this.#limit) {
      this.#db.track(this.#db.audit.remove(this.#firstN), 'audit trim');
      this.#firstN++;
    }
    return record.id;
  }

  complete(id: string, result: { ok: boolean; error: string | null; latency_ms: number | null }): void {
    const n = Number(id);
    const current =
      Number.isInteger(n) && n >= this.#firstN && n < this.#nextN
        ? (this.#pending.get(GROUP, n) ?? this.#db.audit.get(n))
        : undefined;
    if (current === undefined) {
      // Trimmed already (a reply after 10,000 newer commands) or never ours: nothing to update.
      this.#logger.warn({ id }, 'audit entry to complete not found');
      return;
    }
    this.#write(n, { ...current, ok: result.ok, error: result.error, latency_ms: result.latency_ms });
  }

  /** Newest first. */
  list(opts: { limit?: number; device?: string } = {}): AuditEntry[] {
    const limit = opts.limit ?? DEFAULT_AUDIT_QUERY_LIMIT;
    if (!Number.isInteger(limit) || limit < 0) {
      throw new McError('MC_ERR_INVALID_ARGUMENT', `limit must be a non-negative integer, got ${limit}`);
    }
    const out: AuditEntry[] = [];
    if (limit === 0) return out;
    for (const [n, entry] of this.#pending.newestFirst(GROUP, this.#committed())) {
      if (n < this.#firstN) break;
      if (opts.device !== undefined && entry.device !== opts.device) continue;
      out.push({ ...entry }); // the overlay's object stays ours
      if (out.length >= limit) break;
    }
    return out;
  }

  *#committed(): Generator<[number, AuditEntry]> {
    for (const { key, value } of this.#db.audit.getRange({ reverse: true })) yield [key, value];
  }

  #write(n: number, entry: AuditEntry): void {
    const write = this.#db.track(this.#db.audit.put(n, entry), 'audit');
    this.#pending.add(GROUP, n, entry, write);
  }
}
