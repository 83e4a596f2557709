// How the bench recognises its own processes. Every process it starts, and everything those
// start, inherits MC_BENCH_OWNER=<run id> in its environment: that is how the clean-up finds
// them all, whichever tool spawned them. Workloads also carry MC_BENCH_MARK=<instance mark>,
// set only in the workload's own environment (never the supervisor's), so counting the
// processes with a mark counts exactly one instance's workloads — identically for every tool.
import { fileURLToPath } from 'node:url';

export const OWNER_VAR = 'MC_BENCH_OWNER';
export const MARK_VAR = 'MC_BENCH_MARK';
/** Directory where a workload reports that it runs (see workload.cjs). */
export const READY_VAR = 'MC_BENCH_READY_DIR';

export const WORKLOAD_SCRIPT = fileURLToPath(new URL('./workload.cjs', import.meta.url));

/** CLOCK_MONOTONIC in ns: the clock workload.cjs reports with, shared by all processes. */
export function nowNs(): bigint {
  return process.hrtime.bigint();
}

export function msBetween(from: bigint, to: bigint): number {
  return Number(to - from) / 1e6;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
