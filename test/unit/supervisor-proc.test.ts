import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isSameProcess, processStartTime } from '../../device/proc/identity.ts';
import { listGroup } from '../../device/proc/process-group.ts';
import { parseStat, readStat } from '../../device/proc/stat.ts';

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
      let members = await listGroup(pid);
      while (members.length < 3) members = await listGroup(pid);
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
