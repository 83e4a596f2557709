// The "I am running" reports of the workloads (workload.cjs): one file per pid in the
// instance's ready directory, holding the CLOCK_MONOTONIC time at which the workload script
// began to run. Reading the time from the file, not from when we notice it, makes start
// times independent of how often the bench polls.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export class ReadyReports {
  readonly #seen = new Map<number, bigint>();

  constructor(readonly dir: string) {}

  /** pid → time (ns) the workload reported running; reads only reports new since the last call. */
  poll(): ReadonlyMap<number, bigint> {
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith('.')) continue; // still being written (see workload.cjs)
      const pid = Number(name);
      if (this.#seen.has(pid)) continue;
      const text = readFileSync(join(this.dir, name), 'utf8').trim();
      if (text) this.#seen.set(pid, BigInt(text));
    }
    return this.#seen;
  }
}
