// Parser for /proc/<pid>/stat (proc(5)). The second field, comm, is the executable name in
// parentheses and may itself contain spaces and parentheses, so the fields after it are
// found from the LAST ')' — splitting the whole line on spaces breaks on names like "a) b".
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

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

/** Reads /proc/<pid>/stat; undefined when the process does not exist. */
export async function readStat(pid: number): Promise<ProcStat | undefined> {
  try {
    return parseStat(await readFile(`/proc/${pid}/stat`, 'utf8'));
  } catch (err) {
    if (isGone(err)) return undefined;
    throw err;
  }
}

/** Synchronous variant, for the moment right after spawn when the identity must be pinned. */
export function readStatSync(pid: number): ProcStat | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch (err) {
    if (isGone(err)) return undefined;
    throw err;
  }
}

/** Zombies (exited, not yet reaped) and dead entries are no longer running code. */
export function isLive(stat: ProcStat): boolean {
  return stat.state !== 'Z' && stat.state !== 'X' && stat.state !== 'x';
}
