// Reads /proc for the bench: which live processes belong to this run and which instance's
// workloads they are (by the environment markers, see markers.ts), and the memory and CPU
// time of one process. The scan runs every millisecond during the crash test, so it caches:
// a process's environment is fixed at exec, and only processes of ours without a mark yet
// (a supervisor, or a child forked but not yet exec'd) are read again on the next scan. An
// empty environment is read again too, a number of times: a process in the middle of exec
// shows one for a moment (caching that would lose a workload), as do kernel threads (always).
import { readdirSync, readFileSync } from 'node:fs';
import { parseStat } from '../../device/proc/stat.ts';
import { MARK_VAR, OWNER_VAR } from './markers.ts';

/** null: not ours (never read again while the pid lives); a string: the workload's mark. */
type Known = string | null;

/** Reads of an empty environment before a pid counts as not ours (a kernel thread). */
const EMPTY_READS = 20;

function pids(): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57) out.push(Number(name));
  }
  return out;
}

function readEnviron(pid: number): Buffer | undefined {
  try {
    return readFileSync(`/proc/${pid}/environ`);
  } catch {
    return undefined; // gone, or a kernel thread
  }
}

export class ProcessTable {
  readonly #owner: Buffer;
  readonly #mark = Buffer.from(`\0${MARK_VAR}=`);
  readonly #known = new Map<number, Known>();
  readonly #empty = new Map<number, number>();

  constructor(readonly runId: string) {
    this.#owner = Buffer.from(`${OWNER_VAR}=${runId}\0`);
  }

  /** pid → mark of every live workload process of this run. */
  scan(): Map<number, string> {
    const live = new Set<number>();
    const marked = new Map<number, string>();
    for (const pid of pids()) {
      live.add(pid);
      let known = this.#known.get(pid);
      if (known === undefined) {
        known = this.#classify(pid);
        if (known !== undefined) this.#known.set(pid, known);
      }
      if (known) marked.set(pid, known);
    }
    // A pid that left /proc may come back as another process: forget it. A scan every
    // millisecond cannot miss a pid being freed and reused in between.
    for (const pid of this.#known.keys()) if (!live.has(pid)) this.#known.delete(pid);
    for (const pid of this.#empty.keys()) if (!live.has(pid)) this.#empty.delete(pid);
    return marked;
  }

  /** Live processes of `mark` (a fresh scan). */
  workloads(mark: string): number[] {
    return [...this.scan()].filter(([, m]) => m === mark).map(([pid]) => pid);
  }

  /** Every live process of this run, uncached: for the clean-up, which must miss none. */
  owned(): number[] {
    return pids().filter((pid) => pid !== process.pid && readEnviron(pid)?.includes(this.#owner));
  }

  /** The mark; null when not ours; undefined when ours but unmarked (read it again next time). */
  #classify(pid: number): Known | undefined {
    const env = readEnviron(pid);
    if (env === undefined) return undefined; // gone (it leaves /proc), or unreadable for a moment
    if (env.length === 0) {
      const reads = (this.#empty.get(pid) ?? 0) + 1;
      this.#empty.set(pid, reads);
      return reads >= EMPTY_READS ? null : undefined;
    }
    if (!env.includes(this.#owner)) return null;
    const at = env.indexOf(this.#mark);
    if (at < 0) return undefined;
    const start = at + this.#mark.length;
    const end = env.indexOf(0, start);
    return env.toString('utf8', start, end < 0 ? env.length : end);
  }
}

/** VmRSS of a process in KiB (0 when it is gone). */
export function rssKb(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * VmRSS split into anonymous memory (heap, stacks: the process's own) and file-backed pages
 * (the node binary and libraries, mapped files; shared with every other node process), KiB.
 */
export function rssPartsKb(pid: number): { anon: number; file: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { anon: field('RssAnon'), file: field('RssFile') + field('RssShmem') };
  } catch {
    return { anon: 0, file: 0 };
  }
}

/** Start time of a process, in clock ticks since boot (undefined when it is gone). */
export function startTicks(pid: number): number | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.startTime;
  } catch {
    return undefined;
  }
}

/** utime + stime of a process in clock ticks (undefined when it is gone). */
export function cpuTicks(pid: number): number | undefined {
  try {
    const stat = parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return stat ? stat.utime + stat.stime : undefined;
  } catch {
    return undefined;
  }
}
