import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoadedWorkload } from '../../device/config/workload-schema.ts';
import { bootId } from '../../device/proc/boot-id.ts';
import { isSameProcess, processStartTime } from '../../device/proc/identity.ts';
import { emptyWorkloadRecord } from '../../device/state/types.ts';
import type { SupervisorEvent } from '../../device/supervisor/types.ts';
import { createHarness, eventually, type Harness, workload } from '../helpers/supervisor-harness.ts';
import { killGroup, processesWithMarker } from '../helpers/supervisor-proc.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.cleanup();
});

/** A service whose shell carries a unique marker in its argv ($0) and prints numbered ticks. */
function ticker(name: string, marker: string): LoadedWorkload {
  return workload(h.dir, {
    name,
    type: 'service',
    run_mode: 'forever',
    // The tick count also goes to a file, so a test can see ticks the daemon has not read yet.
    command: [
      '/bin/sh',
      '-c',
      'i=0; while :; do i=$((i+1)); echo "tick $i"; echo $i > "$0.count"; sleep 0.02; done',
      `${marker}-${name}`,
    ],
    restart_delay: 0.05,
    stop_timeout: 1,
  });
}

describe('re-adoption after a daemon crash', () => {
  it('adopts the same processes, starts no second copy, and loses no log line', async () => {
    const marker = `mc-adopt-${randomBytes(4).toString('hex')}`;
    const specs = ['one', 'two', 'three'].map((n) => ticker(n, marker));
    await h.supervisor.start(specs);
    const before = new Map<string, number>();
    for (const { spec } of specs) {
      const view = await h.waitForState(spec.name, (v) => v.status === 'running');
      before.set(spec.name, view.pid as number);
    }
    expect(await processesWithMarker(marker)).toHaveLength(3);

    await h.crash();
    // While no daemon runs, the workloads keep writing: let ten ticks pile up in the pipe.
    const countFile = join(h.dir, `${marker}-one.count`);
    const atCrash = Number(readFileSync(countFile, 'utf8'));
    await eventually(
      () => Number(readFileSync(countFile, 'utf8')) >= atCrash + 10,
      'ticks during the downtime',
    );
    const mark = h.mark();
    const b = await h.restart();
    await b.start(specs);
    for (const { spec } of specs) {
      await h.waitForEvent('adopted', { workload: spec.name, after: mark });
      expect(b.get(spec.name)).toMatchObject({ status: 'running', pid: before.get(spec.name) });
    }
    expect(h.events.slice(mark).filter((e) => e.type === 'started' || e.type === 'restarted')).toEqual([]);
    const running = await processesWithMarker(marker);
    expect(running.map((p) => p.pid).sort()).toEqual([...before.values()].sort());

    // The log carries on through the FIFO: every tick written while no daemon read is there.
    const lines = await eventually(async () => {
      const all = await b.tailLog('one', 10_000);
      const adoptedAt = all.findIndex((l) => l.includes('adopted'));
      // Wait for a few ticks written after the adoption, to be sure reading resumed.
      return adoptedAt >= 0 && all.length > adoptedAt + 5 && all;
    }, 'ticks after the adoption');
    const ticks = lines.filter((l) => l.startsWith('tick ')).map((l) => Number(l.slice(5)));
    expect(ticks.length).toBeGreaterThan(5);
    expect(ticks).toEqual(ticks.map((_, i) => i + 1));

    // An adopted run is fully supervised: an operator stop kills it.
    await b.stopWorkload('two');
    expect(b.get('two')).toMatchObject({ status: 'stopped', pid: null });
    expect((await processesWithMarker(marker)).map((p) => p.pid)).not.toContain(before.get('two'));
  });

  it('restarts an adopted process that exits (its exit status is unknown)', async () => {
    const marker = `mc-adopt-${randomBytes(4).toString('hex')}`;
    const spec = ticker('solo', marker);
    await h.supervisor.start([spec]);
    const first = await h.waitForState('solo', (v) => v.status === 'running');
    await h.crash();
    const b = await h.restart();
    await b.start([spec]);
    await h.waitForEvent('adopted', { workload: 'solo' });
    const mark = h.mark();
    killGroup(first.pgid as number);
    await h.waitForEvent('restarted', { workload: 'solo', after: mark });
    const [latest, adopted] = await b.history('solo', 2);
    expect(adopted).toMatchObject({ pid: first.pid, reason: 'exit', exit_code: null });
    expect(latest?.pid).not.toBe(first.pid);
  });

  it('does not adopt a live pid whose start time differs (a reused pid)', async () => {
    const realStart = (await processStartTime(process.pid)) as number;
    const fake = {
      ...emptyWorkloadRecord('impostor', 'x', Date.now()),
      status: 'running' as const,
      pid: process.pid,
      pgid: process.pid,
      start_time: realStart + 1,
      boot_id: bootId(),
      run_id: 'fakerun',
      run_count: 1,
      last_started_ms: Date.now() - 1000,
    };
    await h.store.putWorkload(fake);
    await h.supervisor.start([
      workload(h.dir, { name: 'impostor', type: 'service', run_mode: 'forever', command: 'sleep 1000' }),
    ]);
    const view = await h.waitForState('impostor', (v) => v.status === 'running');
    expect(view.pid).not.toBe(process.pid);
    expect(h.count('adopted')).toBe(0);
    const [, lost] = await h.supervisor.history('impostor', 2);
    expect(lost).toMatchObject({ run_id: 'fakerun', exit_code: null });
    expect(lost?.message).toMatch(/daemon was down/);
  });

  it('kills runs of workloads that left the config while the daemon was down, recorded or not', async () => {
    const marker = `mc-adopt-${randomBytes(4).toString('hex')}`;
    await h.supervisor.start([ticker('leftover', marker), ticker('unknown', marker)]);
    await h.waitForState('leftover', (v) => v.status === 'running');
    await h.waitForState('unknown', (v) => v.status === 'running');
    await h.crash();
    const b = await h.restart();
    // 'unknown' never reached the store; only its FIFO tells it is ours.
    await h.store.deleteWorkload('unknown');
    await b.start([]);
    expect(await processesWithMarker(marker)).toEqual([]);
    expect(h.store.getWorkload('leftover')).toBeUndefined();
  });

  it('counts an n_times run that died while the daemon was down, and continues', async () => {
    const spec = workload(h.dir, {
      name: 'job',
      type: 'script',
      run_mode: 'n_times',
      max_runs: 2,
      command: 'sleep 1000',
      restart_delay: 0.01,
    });
    await h.supervisor.start([spec]);
    const first = await h.waitForState('job', (v) => v.status === 'running');
    await h.crash();
    const firstStart = (await processStartTime(first.pid as number)) ?? 0;
    killGroup(first.pgid as number);
    await eventually(async () => !(await isSameProcess(first.pid as number, firstStart)), 'the run to die');
    const b = await h.restart();
    await b.start([spec]);
    const second = await h.waitForState('job', (v) => v.status === 'running');
    expect(second.pid).not.toBe(first.pid);
    expect(second.run_count).toBe(2);
    await b.stopWorkload('job');
    expect(await b.history('job', 10)).toHaveLength(2);
  });

  it('restarts an adopted run whose spec changed while the daemon was down', async () => {
    const marker = `mc-adopt-${randomBytes(4).toString('hex')}`;
    const spec = ticker('svc', marker);
    await h.supervisor.start([spec]);
    const first = await h.waitForState('svc', (v) => v.status === 'running');
    await h.crash();
    const changed = { ...spec, spec: { ...spec.spec, version: '2' } };
    const b = await h.restart();
    await b.start([changed]);
    const view = await h.waitForState('svc', (v) => v.status === 'running' && v.pid !== first.pid);
    expect(view.version).toBe('2');
    expect(await processesWithMarker(marker)).toHaveLength(1);
  });

  it('adopts the runs of a daemon process killed with SIGKILL', async () => {
    const marker = `mc-adopt-${randomBytes(4).toString('hex')}`;
    const specs = ['east', 'west'].map((n) => ticker(n, marker));
    // The harness's own supervisor never starts: a separate daemon process owns the state.
    await h.crash();
    const daemon = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../helpers/supervisor-daemon.ts', import.meta.url)),
        h.dir,
        JSON.stringify(specs),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    daemon.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    try {
      await eventually(() => out.includes('READY\n'), 'the daemon to start');
      const started = out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as SupervisorEvent)
        .filter((e) => e.type === 'started');
      expect(started).toHaveLength(2);
      // Freeze the workloads and let the daemon log what they wrote, so that the kill does
      // not land inside the microseconds between the daemon's read() and its write() of a
      // chunk (the one window no user-space copier can close). Then kill it, thaw them: all
      // they write while no daemon runs waits in the FIFO.
      const leaders = started.map((e) => Number(e.message.replace(/\D+/g, '')));
      for (const pgid of leaders) process.kill(-pgid, 'SIGSTOP');
      const countFile = join(h.dir, `${marker}-east.count`);
      await eventually(() => {
        const last = readFileSync(countFile, 'utf8').trim();
        return readFileSync(join(h.logDir, 'east.log'), 'utf8').includes(`tick ${last}\n`);
      }, 'the daemon to log every tick so far');
      daemon.kill('SIGKILL');
      await new Promise((resolve) => daemon.once('exit', resolve));
      for (const pgid of leaders) process.kill(-pgid, 'SIGCONT');
      const before = (await processesWithMarker(marker)).map((p) => p.pid).sort();
      expect(before).toHaveLength(2);

      const b = await h.restart();
      await b.start(specs);
      await h.waitForCount('adopted', 2);
      expect(
        b
          .list()
          .map((v) => v.pid)
          .sort(),
      ).toEqual(before);
      expect((await processesWithMarker(marker)).map((p) => p.pid).sort()).toEqual(before);
      const lines = await eventually(async () => {
        const all = await b.tailLog('east', 10_000);
        const at = all.findIndex((l) => l.includes('adopted'));
        return at >= 0 && all.length > at + 5 && all;
      }, 'ticks after the adoption');
      const ticks = lines.filter((l) => l.startsWith('tick ')).map((l) => Number(l.slice(5)));
      expect(ticks).toEqual(ticks.map((_, i) => i + 1));
      await b.stop();
      expect(await processesWithMarker(marker)).toEqual([]);
    } finally {
      daemon.kill('SIGKILL');
      for (const p of await processesWithMarker(marker)) killGroup(p.pgrp);
    }
  });

  it('adopts through the log FIFO a run whose spawn never reached the state store', async () => {
    const marker = `mc-adopt-${randomBytes(4).toString('hex')}`;
    const spec = ticker('unrecorded', marker);
    await h.supervisor.start([spec]);
    const first = await h.waitForState('unrecorded', (v) => v.status === 'running');
    await h.crash();
    // As if the daemon had died between spawn and the commit of the run: no pid stored.
    const b = await h.restart();
    await h.store.deleteWorkload('unrecorded');
    await b.start([spec]);
    await h.waitForEvent('adopted', { workload: 'unrecorded' });
    expect(b.get('unrecorded')).toMatchObject({ status: 'running', pid: first.pid, run_count: 1 });
    expect(await processesWithMarker(marker)).toHaveLength(1);
    const [run] = await b.history('unrecorded', 5);
    expect(run).toMatchObject({ run_id: first.run_id, pid: first.pid });
    expect(Math.abs((run?.started_ms ?? 0) - (first.last_started_ms ?? 0))).toBeLessThan(1000);
  });

  it('stops a second copy found writing to the same FIFO', async () => {
    const marker = `mc-adopt-${randomBytes(4).toString('hex')}`;
    const spec = ticker('dup', marker);
    await h.supervisor.start([spec]);
    const first = await h.waitForState('dup', (v) => v.status === 'running');
    await h.crash();
    // A stray copy holding the workload's FIFO as stdout, leading its own group.
    const fifo = join(h.dir, 'data', 'pipes', 'dup.fifo');
    const fd = openSync(fifo, constants.O_RDWR);
    const stray = spawn('/bin/sh', ['-c', 'while :; do sleep 0.05; done', `${marker}-stray`], {
      detached: true,
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    const strayPid = stray.pid as number;
    try {
      await eventually(async () => (await processesWithMarker(marker)).length === 2, 'the stray copy');
      const b = await h.restart();
      await b.start([spec]);
      expect(b.get('dup')).toMatchObject({ status: 'running', pid: first.pid });
      expect((await processesWithMarker(marker)).map((p) => p.pid)).toEqual([first.pid]);
    } finally {
      killGroup(strayPid);
    }
  });
});
