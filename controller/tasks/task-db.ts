// The LMDB environment at <data_dir>/tasks: every task record, keyed by its id. Ids begin
// with the submission time in base 36 and end with the submission counter, both fixed
// width, so key order is submission order and "newest first" is a reverse range read.
// Apart from the fleet store, which may be deleted and rebuilt from retained topics: the
// queue exists only here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, open, type RootDatabase } from 'lmdb';
import type { Task } from './types.ts';

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
