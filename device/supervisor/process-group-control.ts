// Signalling and emptying a workload's process group. A stop is SIGTERM to the whole group
// (so a shell's background children hear it too), then SIGKILL to the group if anything is
// left after the grace period; it is done when /proc shows no live member of the group.

import { McError } from '../../proto/errors.ts';
import { liveGroupMembers } from '../proc/process-group.ts';
import { readStatSync } from '../proc/stat.ts';
import { type Clock, delay } from './clock.ts';

let ownGroup: number | undefined;

/** Our own process group: never signalled, whatever a corrupted record says. */
function daemonGroup(): number {
  ownGroup ??= readStatSync(process.pid)?.pgrp ?? process.pid;
  return ownGroup;
}

/** Sends `signal` to every process of group `pgid`; false if the group no longer exists. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  if (!Number.isInteger(pgid) || pgid <= 1 || pgid === daemonGroup()) return false;
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw new McError('MC_ERR_INTERNAL', `cannot send ${signal} to process group ${pgid}: ${String(err)}`, {
      cause: err,
    });
  }
}

/** Polls /proc until the group has no live member or `timeoutMs` passed; true when empty. */
export async function waitGroupEmpty(pgid: number, timeoutMs: number, clock: Clock): Promise<boolean> {
  const deadline = clock.now() + timeoutMs;
  // Start fast (most groups die within milliseconds of SIGTERM), then ease off the /proc scans.
  let pause = 10;
  for (;;) {
    if (liveGroupMembers(pgid).length === 0) return true;
    const left = deadline - clock.now();
    if (left <= 0) return false;
    await delay(clock, Math.min(pause, left));
    pause = Math.min(pause * 2, 200);
  }
}

export type TerminateOutcome = 'empty' | 'killed' | 'stuck';

/**
 * Stops every process of the group: SIGTERM, up to `graceMs` to exit, then SIGKILL.
 * 'stuck' means processes survived SIGKILL for `killWaitMs` (uninterruptible sleep).
 */
export async function terminateGroup(
  pgid: number,
  graceMs: number,
  clock: Clock,
  killWaitMs = 5000,
): Promise<TerminateOutcome> {
  if (!signalGroup(pgid, 'SIGTERM')) return 'empty';
  if (await waitGroupEmpty(pgid, graceMs, clock)) return 'empty';
  if (!signalGroup(pgid, 'SIGKILL')) return 'killed';
  return (await waitGroupEmpty(pgid, killWaitMs, clock)) ? 'killed' : 'stuck';
}
