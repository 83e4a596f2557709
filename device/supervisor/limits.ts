// Resource limits applied at spawn, by prefixing the argv with small exec-chaining tools:
//   prlimit --as=B:B -- nice -n N -- <command…>
// Both exec the next program in place, so the pid (and process group) we spawned is the
// workload's own, and the limits are set before the workload's first instruction — unlike
// setpriority() after spawn, which races with a child that forks at once.
//
// RLIMIT_AS caps virtual address space, not resident memory. V8 reserves ~1 GB of address
// space at start-up, so Node below ~1 GB dies before running any code. For Node workloads
// (module workloads, or a command whose program is node) the 'auto' policy therefore skips
// RLIMIT_AS below 1 GiB and relies on the RSS watchdog (rss-watchdog.ts) alone.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { WorkloadSpec } from '../config/workload-schema.ts';

/** 'auto': RLIMIT_AS except for Node workloads limited below NODE_MIN_ADDRESS_SPACE_MB. */
export type RlimitAsPolicy = 'auto' | 'always' | 'never';

export const NODE_MIN_ADDRESS_SPACE_MB = 1024;
/** Share of memory_limit_mb at which the watchdog warns. */
export const MEMORY_WARN_RATIO = 0.9;

export interface LimitPrefix {
  argv: string[];
  /** Human-readable notes about limits not applied, logged at spawn. */
  notes: string[];
}

const toolCache = new Map<string, string | null>();

/** Absolute path of an executable on PATH (cached), or null. */
export function findExecutable(name: string, pathEnv = process.env.PATH ?? '/usr/bin:/bin'): string | null {
  const cached = toolCache.get(name);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  for (const dir of [...pathEnv.split(delimiter), '/usr/bin', '/bin', '/usr/sbin', '/sbin']) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      found = join(dir, name);
      break;
    } catch {
      // not in this directory
    }
  }
  toolCache.set(name, found);
  return found;
}

export function limitPrefix(
  spec: Pick<WorkloadSpec, 'memory_limit_mb' | 'cpu_nice'>,
  options: { isNode: boolean; rlimitAs: RlimitAsPolicy },
): LimitPrefix {
  const argv: string[] = [];
  const notes: string[] = [];
  const limitMb = spec.memory_limit_mb;
  if (limitMb !== undefined) {
    const nodeTooSmall = options.isNode && limitMb < NODE_MIN_ADDRESS_SPACE_MB;
    if (options.rlimitAs === 'never') {
      notes.push('RLIMIT_AS disabled by the daemon; the RSS watchdog enforces memory_limit_mb');
    } else if (options.rlimitAs === 'auto' && nodeTooSmall) {
      notes.push(
        `RLIMIT_AS not applied: Node needs ~${NODE_MIN_ADDRESS_SPACE_MB} MB of address space to start; ` +
          'the RSS watchdog enforces memory_limit_mb',
      );
    } else {
      const prlimit = findExecutable('prlimit');
      if (prlimit) {
        const bytes = limitMb * 1024 * 1024;
        argv.push(prlimit, `--as=${bytes}:${bytes}`, '--');
      } else {
        notes.push('prlimit (util-linux) not found: RLIMIT_AS not applied');
      }
    }
  }
  if (spec.cpu_nice !== undefined && spec.cpu_nice !== 0) {
    const nice = findExecutable('nice');
    // A negative nice needs CAP_SYS_NICE; without it nice(1) warns and runs the command anyway.
    if (nice) argv.push(nice, '-n', String(spec.cpu_nice), '--');
    else notes.push('nice (coreutils) not found: cpu_nice not applied');
  }
  return { argv, notes };
}

export type MemoryVerdict = 'ok' | 'warn' | 'limit';

/** Classifies a workload's total RSS against its memory_limit_mb. */
export function memoryVerdict(rssBytes: number, limitMb: number): MemoryVerdict {
  const limitBytes = limitMb * 1024 * 1024;
  if (rssBytes >= limitBytes) return 'limit';
  if (rssBytes >= limitBytes * MEMORY_WARN_RATIO) return 'warn';
  return 'ok';
}
