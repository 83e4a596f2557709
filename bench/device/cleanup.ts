// Leaves the machine as the bench found it, on success, failure and Ctrl-C alike: each tool
// registers how to stop itself (e.g. `pm2 kill` for its PM2_HOME); then every process that
// still carries this run's owner marker is SIGKILLed, and the temp dirs are removed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { sleep } from './markers.ts';
import type { ProcessTable } from './proc-scan.ts';

interface Task {
  name: string;
  /** The orderly way, used at the end of a run. */
  run(): Promise<void>;
  /** A blocking version for the signal handler, which cannot wait on promises. */
  runSync(): void;
}

export class Cleanup {
  readonly #tasks: Task[] = [];
  readonly #dirs: string[] = [];
  #done = false;

  constructor(private readonly table: ProcessTable) {}

  addDir(dir: string): void {
    this.#dirs.push(dir);
  }

  addTask(task: Task): void {
    this.#tasks.push(task);
  }

  /** Removes a task once its instance was stopped the orderly way. */
  removeTask(name: string): void {
    const i = this.#tasks.findIndex((t) => t.name === name);
    if (i >= 0) this.#tasks.splice(i, 1);
  }

  async run(): Promise<void> {
    if (this.#done) return;
    for (const task of this.#tasks.splice(0).reverse()) {
      await task.run().catch((err: unknown) => console.error(`cleanup ${task.name}: ${String(err)}`));
    }
    for (let i = 0; i < 30 && this.#killOwned() > 0; i++) await sleep(100);
    this.#finish();
  }

  runSync(): void {
    if (this.#done) return;
    for (const task of this.#tasks.splice(0).reverse()) {
      try {
        task.runSync();
      } catch (err) {
        console.error(`cleanup ${task.name}: ${String(err)}`);
      }
    }
    for (let i = 0; i < 30 && this.#killOwned() > 0; i++) spawnSync('sleep', ['0.1']);
    this.#finish();
  }

  /** Ctrl-C or a kill of the bench: clean up, then exit with the conventional status. */
  installSignalHandlers(): void {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        console.error(`\n${signal}: stopping every process of this run…`);
        this.runSync();
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    }
  }

  #killOwned(): number {
    const pids = this.table.owned();
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // exited meanwhile
      }
    }
    return pids.length;
  }

  #finish(): void {
    const left = this.table.owned();
    if (left.length > 0) console.error(`cleanup: processes still alive: ${left.join(' ')}`);
    // MC_BENCH_KEEP=1 keeps the temp dirs (configs, daemon logs, PM2_HOME) to debug a failure.
    if (process.env.MC_BENCH_KEEP === '1') console.error(`kept: ${this.#dirs.join(' ')}`);
    else for (const dir of this.#dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    this.#done = true;
  }
}
