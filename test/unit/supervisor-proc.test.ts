import { type ChildProcess, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isSameProcess, processStartTime } from '../../device/proc/identity.ts';
import {
  groupExists,
  listGroup,
  liveGroupMembers,
  type ProcessScan,
  scanProcesses,
} from '../../device/proc/process-group.ts';
import { parseStat, readStat, readStatSync } from '../../device/proc/stat.ts';
import { eventually } from '../helpers/supervisor-harness.ts';
import { killGroup } from '../helpers/supervisor-proc.ts';

const line = (comm: string) =>
  `4242 (${comm}) S 1 4242 4242 0 -1 4194560 120 0 0 0 7 3 0 0 20 0 1 0 987654 12345678 321 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0`;

describe('/proc/<pid>/stat parsing', () => {
  it('reads the fields the supervisor needs', () => {
    expect(parseStat(line('sleep'))).toEqual({
      pid: 4242,
      comm: 'sleep',
      state: 'S',
      ppid: 1,
      pgrp: 4242,
      session: 4242,
      utime: 7,
      stime: 3,
      startTime: 987654,
      rssPages: 321,
    });
  });

  it('survives a comm with spaces and parentheses', () => {
    for (const comm of ['my prog', 'a) S 1 2 (b', ')(', 'x) 99 (']) {
      const stat = parseStat(line(comm));
      expect(stat?.comm).toBe(comm);
      expect(stat?.startTime).toBe(987654);
      expect(stat?.pgrp).toBe(4242);
    }
  });

  it('rejects text that is not a stat line', () => {
    expect(parseStat('')).toBeUndefined();
    expect(parseStat('hello (world)')).toBeUndefined();
    expect(parseStat('12 (x) S 1 2')).toBeUndefined();
  });

  it('reads the live stat of this process and nothing for a missing pid', async () => {
    const self = await readStat(process.pid);
    expect(self?.pid).toBe(process.pid);
    expect(self?.state).not.toBe('Z');
    expect(await readStat(2 ** 22 + 1)).toBeUndefined();
  });
});

describe('process identity', () => {
  it('matches pid + start time, and refuses a wrong start time or a dead pid', async () => {
    const start = await processStartTime(process.pid);
    expect(start).toBeGreaterThan(0);
    expect(await isSameProcess(process.pid, start as number)).toBe(true);
    expect(await isSameProcess(process.pid, (start as number) + 1)).toBe(false);
    expect(await isSameProcess(2 ** 22 + 1, 1)).toBe(false);
    expect(await isSameProcess(0, 0)).toBe(false);
  });

  it('lists the members of a process group and treats a zombie as gone', async () => {
    const child = spawn('/bin/sh', ['-c', 'sleep 30 & sleep 30 & wait'], { detached: true, stdio: 'ignore' });
    const pid = child.pid as number;
    try {
      const members = await eventually(() => {
        const found = listGroup(pid);
        return found.length >= 3 && found;
      }, 'the shell to fork both sleeps');
      expect(members.every((p) => p.pgrp === pid)).toBe(true);
      const start = await processStartTime(pid);
      process.kill(-pid, 'SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      expect(await isSameProcess(pid, start as number)).toBe(false);
    } finally {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  });
});

/** A real /proc scan that counts how often it was asked for. */
function countingScan(): { scan: ProcessScan; count: () => number } {
  let calls = 0;
  return {
    scan: () => {
      calls++;
      return scanProcesses();
    },
    count: () => calls,
  };
}

const exited = (child: ChildProcess): Promise<unknown> => new Promise((r) => child.once('exit', r));

describe('live members of a process group', () => {
  it('answers a group whose leader was alone and is reaped without scanning /proc', async () => {
    const child = spawn('/bin/sh', ['-c', 'exit 0'], { detached: true, stdio: 'ignore' });
    const pgid = child.pid as number;
    // 'exit' comes after Node reaped the leader: nothing of the group is left, not even a zombie.
    await exited(child);
    const { scan, count } = countingScan();
    expect(groupExists(pgid)).toBe(false);
    expect(liveGroupMembers(pgid, scan)).toEqual([]);
    expect(count()).toBe(0);
  });

  it('scans /proc when the leader is gone but something it forked still runs in its group', async () => {
    const child = spawn('/bin/sh', ['-c', 'sleep 30 & exit 0'], { detached: true, stdio: 'ignore' });
    const pgid = child.pid as number;
    try {
      await exited(child);
      const { scan, count } = countingScan();
      const members = liveGroupMembers(pgid, scan);
      expect(count()).toBe(1);
      expect(members).toHaveLength(1);
      // The background child (still sh until its exec of sleep, perhaps), not the leader.
      expect(members[0]?.pgrp).toBe(pgid);
      expect(members[0]?.pid).not.toBe(pgid);
    } finally {
      killGroup(pgid);
    }
  });

  it('counts a group whose only members are zombies as empty, though kill(2) still finds it', async () => {
    // The setsid'd child leads a group of its own and exits once its parent has exec'd
    // sleep, which never reaps it: a group holding one zombie, like orphans PID 1 has not
    // reaped yet.
    const child = `until [ "$(cat /proc/$PPID/comm)" = sleep ]; do sleep 0.01; done`;
    const parent = spawn('/bin/sh', ['-c', `setsid sh -c '${child}' & echo $!; exec sleep 30`], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const line = await new Promise<string>((resolve) =>
        parent.stdout.once('data', (d: Buffer) => resolve(`${d}`)),
      );
      const zombie = Number(line.trim());
      const stat = await eventually(() => {
        const s = readStatSync(zombie);
        return s?.state === 'Z' && s;
      }, 'the setsid child to become a zombie');
      expect(stat.pgrp).toBe(zombie);
      expect(groupExists(zombie)).toBe(true);
      expect(liveGroupMembers(zombie)).toEqual([]);
      expect(listGroup(zombie).map((p) => p.pid)).toEqual([zombie]);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
