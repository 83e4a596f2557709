// The LMDB environment at <data_dir>/tasks: every task record, keyed by its id. Ids begin
// with the submission time in base 36 and end with the submission counter, both fixed
// width, so key order is submission order and "newest first" is a reverse range read.
// Apart from the fleet store, which may be deleted and rebuilt from retained topics: the
// queue exists only here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, open, type RootDatabase } from 'lmdb';
import { ACTIVE_TASK_STATES, isFinal, type Task, type TaskListQuery } from './types.ts';

export class TaskDb {
  readonly path: string;
  readonly tasks: Database<Task, string>;
  /** 'seq' → the last submission counter handed out. */
  readonly meta: Database<number, string>;
  readonly #env: RootDatabase;

  private constructor(path: string, env: RootDatabase) {
    this.path = path;
    this.#env = env;
    this.tasks = env.openDB({ name: 'tasks', encoding: 'msgpack' });
    this.meta = env.openDB({ name: 'task_meta', encoding: 'msgpack' });
  }

  static open(dataDir: string): TaskDb {
    const path = join(dataDir, 'tasks');
    mkdirSync(path, { recursive: true });
    return new TaskDb(path, open({ path, maxDbs: 4 }));
  }

  close(): Promise<void> {
    return this.#env.close();
  }
}

/** Time (ms, base 36, 9 chars: good until the year 5188) then the counter (base 36, 7 chars). */
export function taskId(nowMs: number, seq: number): string {
  return `${nowMs.toString(36).padStart(9, '0')}-${seq.toString(36).padStart(7, '0')}`;
}

export const TASK_ID_PATTERN = '^[0-9a-z]{9}-[0-9a-z]{7}$';

/** Largest page of GET /api/tasks, and how far one listing scans. */
export const MAX_LIST_LIMIT = 1000;
const MAX_SCAN = 100_000;

/**
 * A page of tasks, newest first, of the stored ones with `active` (not final, or not yet
 * written) standing in for their stored copies; `next` is the `before` of the following page.
 */
export function listTasks(
  db: TaskDb,
  active: ReadonlyMap<string, Task>,
  q: TaskListQuery,
): { tasks: Task[]; next: string | null } {
  const limit = Math.min(q.limit ?? 100, MAX_LIST_LIMIT);
  const states = q.states && q.states.length > 0 ? new Set(q.states) : undefined;
  const keep = (t: Task) =>
    (!states || states.has(t.state)) &&
    (q.device === undefined ||
      t.placement.device === q.device ||
      t.attempts.some((a) => a.device === q.device));
  const out: Task[] = [];
  const accept = (t: Task): boolean => {
    if (q.before !== undefined && t.id >= q.before) return false;
    if (!keep(t)) return false;
    out.push(structuredClone(t));
    return out.length > limit;
  };
  if (states && [...states].every((s) => ACTIVE_TASK_STATES.includes(s))) {
    const newestFirst = [...active.values()].sort((a, b) => (a.id < b.id ? 1 : -1));
    for (const t of newestFirst) if (accept(t)) break;
  } else {
    let scanned = 0;
    const range = db.tasks.getRange({ reverse: true, ...(q.before ? { start: q.before } : {}) });
    for (const { value } of range) {
      if (accept(active.get(value.id) ?? value) || ++scanned >= MAX_SCAN) break;
    }
  }
  const more = out.length > limit;
  if (more) out.length = limit;
  return { tasks: out, next: more ? (out[out.length - 1]?.id ?? null) : null };
}

/** Removes the oldest finished tasks beyond `keep` (those in `active` stay: not yet written). */
export async function trimFinished(
  db: TaskDb,
  active: ReadonlyMap<string, Task>,
  keep: number,
): Promise<void> {
  let excess = db.tasks.getCount() - active.size - keep;
  if (excess <= 0) return;
  const removals: Promise<boolean>[] = [];
  for (const { key: id, value } of db.tasks.getRange()) {
    if (excess <= 0) break;
    if (!isFinal(value.state) || active.has(id)) continue;
    removals.push(db.tasks.remove(id));
    excess--;
  }
  await Promise.all(removals);
}
