// /proc checks for supervision tests: who is in a process group, who is a zombie, and
// whether PID 1 of this machine reaps orphans (some VM/container inits do not, and then
// every orphan's zombie stays — not something the supervisor can fix or should be blamed for).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { listGroup, scanProcesses } from '../../device/proc/process-group.ts';
import type { ProcStat } from '../../device/proc/stat.ts';

export async function groupMembers(pgid: number): Promise<ProcStat[]> {
  return listGroup(pgid);
}

export function killGroup(pgid: number): void {
  if (pgid <= 1) return;
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Live process-group leaders whose command line contains `marker` (a unique token the test
 * put in a workload's argv): one per running copy of that workload. Leaders only, because a
 * shell's fork shows the shell's command line until it execs.
 */
export async function processesWithMarker(marker: string): Promise<ProcStat[]> {
  const out: ProcStat[] = [];
  for (const p of scanProcesses()) {
    if (p.pid !== p.pgrp) continue;
    try {
      const cmdline = readFileSync(`/proc/${p.pid}/cmdline`, 'utf8');
      if (cmdline.includes(marker) && p.state !== 'Z') out.push(p);
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

let pid1Reaps: Promise<boolean> | undefined;

/**
 * Probes once whether orphans are reaped here. The probe's orphan outlives its shell for
 * sure (it exits only once the shell is gone), so only PID 1 (or a subreaper) can reap it.
 */
export function initReapsOrphans(): Promise<boolean> {
  pid1Reaps ??= (async () => {
    const shell = spawn('/bin/sh', ['-c', '(while kill -0 $$ 2>/dev/null; do sleep 0.01; done) & echo $!'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const orphan = await new Promise<number>((resolve) => {
      let out = '';
      shell.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(Number(out.trim()));
      });
    });
    if (!Number.isInteger(orphan) || orphan <= 1) throw new Error('reaping probe printed no pid');
    let zombieSince: number | undefined;
    for (;;) {
      let state: string;
      try {
        state = readFileSync(`/proc/${orphan}/stat`, 'utf8').split(') ')[1]?.[0] ?? '?';
      } catch {
        return true; // reaped by whoever adopted the orphan
      }
      if (state === 'Z') {
        zombieSince ??= Date.now();
        // A reaping init collects a zombie within milliseconds; a second means it never will.
        if (Date.now() - zombieSince > 1000) return false;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return pid1Reaps;
}
