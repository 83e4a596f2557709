// Parser for /proc/<pid>/stat (proc(5)). The second field, comm, is the executable name in
// parentheses and may itself contain spaces and parentheses, so the fields after it are
// found from the LAST ')' — splitting the whole line on spaces breaks on names like "a) b".
//
// Reads are synchronous into one reused buffer, on purpose: procfs files live in kernel
// memory (no disk, never blocking), report size 0 (so readFile allocates 64 KiB per file
// and needs open + fstat + read + close on the thread pool), and the supervisor reads
// hundreds of them per /proc scan. open + read + close on the main thread costs a few µs.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  /** Executable name, up to 15 bytes; may contain spaces and parentheses. */
  comm: string;
  /** R running, S sleeping, D disk sleep, Z zombie, T stopped, X dead, … */
  state: string;
  ppid: number;
  pgrp: number;
  session: number;
  /** CPU time in user and kernel mode, in clock ticks (see clockTicksPerSecond). */
  utime: number;
  stime: number;
  /** Time the process started after system boot, in clock ticks: with the pid, its identity. */
  startTime: number;
  /** Resident set size, in pages (see pageSize). */
  rssPages: number;
}

/** Parses the text of /proc/<pid>/stat; undefined when it is not a stat line. */
export function parseStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 1 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // Field 3 (state) starts two characters after the last ')'; rest[i] is field i + 3.
  const rest = text
    .slice(close + 2)
    .trim()
    .split(' ');
  if (!Number.isInteger(pid) || rest.length < 22) return undefined;
  const num = (field: number): number => Number(rest[field - 3]);
  const stat: ProcStat = {
    pid,
    comm: text.slice(open + 1, close),
    state: rest[0] ?? '?',
    ppid: num(4),
    pgrp: num(5),
    session: num(6),
    utime: num(14),
    stime: num(15),
    startTime: num(22),
    rssPages: num(24),
  };
  return Number.isFinite(stat.startTime) && Number.isFinite(stat.pgrp) ? stat : undefined;
}

function isGone(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  // ESRCH: the process exited between readdir and read; ENOENT: no such pid.
  return code === 'ENOENT' || code === 'ESRCH';
}

/** A stat line is well under 1 KiB (52 numeric fields and a 15-byte comm). */
const STAT_BUFFER = Buffer.allocUnsafe(4096);

/** Reads /proc/<pid>/stat; undefined when the process does not exist. */
export function readStatSync(pid: number): ProcStat | undefined {
  try {
    const fd = openSync(`/proc/${pid}/stat`, 'r');
    let length: number;
    try {
      // procfs hands out the whole line in one read when the buffer is large enough.
      length = readSync(fd, STAT_BUFFER, 0, STAT_BUFFER.length, 0);
    } finally {
      closeSync(fd);
    }
    // A full buffer would mean a line longer than any kernel writes: read it the slow way.
    if (length === STAT_BUFFER.length) return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return parseStat(STAT_BUFFER.toString('utf8', 0, length));
  } catch (err) {
    if (isGone(err)) return undefined;
    throw err;
  }
}

/** Promise-returning form for async callers; the read itself is synchronous (see top). */
export async function readStat(pid: number): Promise<ProcStat | undefined> {
  return readStatSync(pid);
}

/** Zombies (exited, not yet reaped) and dead entries are no longer running code. */
export function isLive(stat: ProcStat): boolean {
  return stat.state !== 'Z' && stat.state !== 'X' && stat.state !== 'x';
}
