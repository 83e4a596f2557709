// The device's supervision state in LMDB: one environment at <dataDir>/state with two named
// sub-databases (never the root one, see STACK.md): `workloads` (name → WorkloadRecord)
// and `runs` ([workload, started_ms, run_id] → RunRecord). The run key sorts by time within
// a workload, so "the last N runs" is one reverse range read and trimming the oldest is a
// forward one. Writes are asynchronous (LMDB batches them into one commit per tick), so
// supervision never waits on the disk; flushed() and close() wait for them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, open, type RootDatabase } from 'lmdb';
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import { emptyWorkloadRecord, type RunRecord, type WorkloadRecord } from './types.ts';

export const DEFAULT_HISTORY_LIMIT = 1000;

type RunKey = [string, number, string];

export interface StateStoreOptions {
  /** Data directory of the daemon; the LMDB environment lives in `<dataDir>/state`. */
  dataDir: string;
  /** Runs kept per workload; older ones are trimmed (default 1000). */
  historyLimit?: number;
  logger?: Logger;
}

export class StateStore {
  readonly dataDir: string;
  readonly path: string;
  readonly historyLimit: number;
  private readonly logger: Logger | undefined;
  private env: RootDatabase | undefined;
  private workloadsDb: Database<WorkloadRecord, string> | undefined;
  private runsDb: Database<RunRecord, RunKey> | undefined;
  private readonly pending = new Set<Promise<unknown>>();
  /** Runs stored per workload, counted once from disk, then kept up to date here. */
  private readonly runCounts = new Map<string, number>();

  constructor(options: StateStoreOptions) {
    this.dataDir = options.dataDir;
    this.path = join(options.dataDir, 'state');
    this.historyLimit = options.historyLimit ?? DEFAULT_HISTORY_LIMIT;
    this.logger = options.logger?.child({ component: 'state-store' });
    if (!Number.isInteger(this.historyLimit) || this.historyLimit < 1) {
      throw new McError(
        'MC_ERR_INVALID_ARGUMENT',
        `historyLimit must be a positive integer, got ${this.historyLimit}`,
      );
    }
  }

  /** Opens the environment (idempotent). */
  async open(): Promise<void> {
    if (this.env) return;
    try {
      mkdirSync(this.dataDir, { recursive: true });
      const env = open({ path: this.path, maxDbs: 8 });
      this.workloadsDb = env.openDB<WorkloadRecord, string>({ name: 'workloads', encoding: 'msgpack' });
      this.runsDb = env.openDB<RunRecord, RunKey>({ name: 'runs', encoding: 'msgpack' });
      this.env = env;
    } catch (err) {
      throw new McError('MC_ERR_INTERNAL', `cannot open state store at ${this.path}: ${String(err)}`, {
        cause: err,
      });
    }
  }

  get isOpen(): boolean {
    return this.env !== undefined;
  }

  getWorkload(name: string): WorkloadRecord | undefined {
    const stored = this.workloads().get(name);
    // Defaults first, so records written by an older daemon gain fields added since.
    return stored === undefined ? undefined : { ...emptyWorkloadRecord(name, '', 0), ...stored };
  }

  listWorkloads(): WorkloadRecord[] {
    const out: WorkloadRecord[] = [];
    for (const { key, value } of this.workloads().getRange()) {
      out.push({ ...emptyWorkloadRecord(key, '', 0), ...value });
    }
    return out;
  }

  /** Stores a workload record; resolves when committed (callers need not wait). */
  putWorkload(record: WorkloadRecord): Promise<void> {
    return this.track(
      this.workloads().put(record.name, { ...record, failure_times: [...record.failure_times] }),
    );
  }

  /** Forgets a workload: its record and its whole run history. */
  async deleteWorkload(name: string): Promise<void> {
    // Range reads see committed data only: let pending run inserts land first.
    await this.flushed();
    const runs = this.runs();
    const writes: Promise<unknown>[] = [this.workloads().remove(name)];
    for (const key of runs.getKeys({ start: [name], end: endOf(name) })) writes.push(runs.remove(key));
    this.runCounts.delete(name);
    await this.track(Promise.all(writes));
  }

  /** Records a new run and trims the workload's history to historyLimit (oldest first). */
  addRun(run: RunRecord): Promise<void> {
    const runs = this.runs();
    const writes: Promise<unknown>[] = [runs.put(runKey(run), run)];
    let count = this.countRuns(run.workload) + 1;
    const excess = count - this.historyLimit;
    if (excess > 0) {
      // Only committed runs are visible here; they are the oldest, so they are the ones to
      // drop. Runs of a burst still pending are trimmed by later inserts (count stays exact).
      for (const old of runs.getKeys({ start: [run.workload], end: endOf(run.workload), limit: excess })) {
        writes.push(runs.remove(old));
        count--;
      }
    }
    this.runCounts.set(run.workload, count);
    return this.track(Promise.all(writes));
  }

  /** Rewrites a run recorded with addRun (same workload, started_ms and run_id), e.g. when it ends. */
  updateRun(run: RunRecord): Promise<void> {
    return this.track(this.runs().put(runKey(run), run));
  }

  /** The last `limit` runs of a workload, newest first (waits for pending writes first). */
  async runHistory(name: string, limit = 20): Promise<RunRecord[]> {
    await this.flushed();
    const out: RunRecord[] = [];
    for (const { value } of this.runs().getRange({ start: endOf(name), end: [name], reverse: true, limit })) {
      out.push(value);
    }
    return out;
  }

  /** Resolves when every write issued so far is committed. */
  async flushed(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Waits for pending writes, then releases the LMDB environment (idempotent). */
  async close(): Promise<void> {
    const env = this.env;
    if (!env) return;
    await this.flushed();
    this.env = undefined;
    this.workloadsDb = undefined;
    this.runsDb = undefined;
    this.runCounts.clear();
    await env.close();
  }

  private countRuns(name: string): number {
    let count = this.runCounts.get(name);
    if (count === undefined) {
      count = this.runs().getKeysCount({ start: [name], end: endOf(name) });
      this.runCounts.set(name, count);
    }
    return count;
  }

  private track(write: Promise<unknown>): Promise<void> {
    const tracked = write.then(
      () => undefined,
      (err: unknown) => {
        // A failed write must not become an unhandled rejection in a fire-and-forget caller.
        this.logger?.error({ err }, 'state write failed');
      },
    );
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
    return tracked;
  }

  private workloads(): Database<WorkloadRecord, string> {
    if (!this.workloadsDb) throw new McError('MC_ERR_UNAVAILABLE', 'state store is not open');
    return this.workloadsDb;
  }

  private runs(): Database<RunRecord, RunKey> {
    if (!this.runsDb) throw new McError('MC_ERR_UNAVAILABLE', 'state store is not open');
    return this.runsDb;
  }
}

/** A key above every run key of `name` (run keys are [name, started_ms, run_id]). */
function endOf(name: string): RunKey {
  return [name, Number.MAX_SAFE_INTEGER, '\uffff'];
}

function runKey(run: RunRecord): RunKey {
  return [run.workload, run.started_ms, run.run_id];
}
