// R2, daemon crash: a real `mctl up` is SIGKILLed 50 times at seeded random moments while it
// starts up, stops a workload, hot-reloads a changed one, adds or removes one (a hot deploy)
// and rotates the log of a chatty one. After every restart: at most one process per workload
// (read from /proc), every workload that was running and untouched is re-adopted (same pid),
// the run history still holds every run it held before, in time order, with the running
// run last, and the LMDB state opened cleanly (the daemon started and answers).
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CommandClient } from '../../proto/command-client.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren, type RunningChild } from '../helpers/child.ts';
import { localDaemon, runIdOf, seededRandom, workloadProcesses } from '../helpers/faults-daemon.ts';
import type { RunRecord } from '../helpers/faults-fleet.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());

// 50 kills take ~2-4 min on a loaded 2-core machine: `npm run test:faults` (and CI) runs 50, `npm test` 12.
const KILLS = Number(process.env.MC_FAULTS_KILLS ?? 12);
const SEED = Number(process.env.MC_FUZZ_SEED ?? 20261123);
const OPS = ['start', 'stop', 'reload', 'deploy', 'rotate'] as const;
type Op = (typeof OPS)[number];
/** Which workload each operation changes on purpose (its pid may change). */
const TOUCHES: Record<Op, string | undefined> = {
  start: undefined,
  stop: 'a',
  reload: 'b',
  deploy: 'd',
  rotate: undefined,
};

const sleeper = (name: string) =>
  `name: ${name}\ntype: service\nrun_mode: forever\ncommand: "exec sleep 1000"\nstop_timeout: 2\nrestart_delay: 0.2\n`;
/** 50 lines every 50 ms into a 4 KiB log: a rotation every ~70 ms. */
const chatty = (generation: number) =>
  [
    'name: b',
    'type: service',
    'run_mode: forever',
    'command: \'while :; do i=0; while [ $i -lt 50 ]; do echo "b line $i of a chatty workload, padding padding"; i=$((i+1)); done; sleep 0.05; done\'',
    'stop_timeout: 2',
    'restart_delay: 0.2',
    `env: { GENERATION: "${generation}" }`,
    'logs: { max_bytes: 4096, max_files: 2 }',
    '',
  ].join('\n');

interface View {
  status: number;
  pid: number;
}
const RUNNING = 3;
const STOPPED = 5;

describe('device daemon SIGKILLed at random moments', () => {
  it(`re-adopts its workloads, never runs two copies and keeps its run history, over ${KILLS} kills`, async () => {
    const random = seededRandom(SEED);
    const daemon = localDaemon(teardown, 'crashy');
    daemon.writeWorkload('a', sleeper('a'));
    daemon.writeWorkload('b', chatty(0));
    let withD = false;
    let child: RunningChild = await daemon.up();
    let client: CommandClient = await daemon.connect();
    const history = new Map<string, string[]>();

    const views = async (): Promise<Map<string, View>> => {
      const reply = await client.send(daemon.device, { list: {} });
      expect(reply.ok).toBe(true);
      return new Map(
        (reply.workloads?.workloads ?? []).map((w) => [
          w.name as string,
          { status: Number(w.status), pid: Number(w.pid) },
        ]),
      );
    };
    const runs = async (name: string): Promise<RunRecord[]> => {
      const reply = await client.send(daemon.device, { status: { workload: name, runs: 1000 } });
      expect(reply.ok, reply.error?.message ?? '').toBe(true);
      return reply.detail?.runs ?? [];
    };
    const configured = () => ['a', 'b', ...(withD ? ['d'] : [])];
    /** Waits until every configured workload settled: running with exactly one process, or stopped with none. */
    const settled = () =>
      vi.waitFor(
        async () => {
          const now = await views();
          for (const name of configured()) {
            const view = now.get(name);
            const procs = workloadProcesses(daemon.dir, name);
            expect(procs.length, `${name}: processes ${procs.join(',')}`).toBeLessThanOrEqual(1);
            expect([RUNNING, STOPPED], `${name} status ${view?.status}`).toContain(view?.status);
            if (view?.status === RUNNING) expect(procs, name).toEqual([view.pid]);
            else expect(procs, name).toEqual([]);
          }
          return now;
        },
        { timeout: 20_000, interval: 100 },
      );

    let before = await settled();
    const ops: Op[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const op = OPS[Math.floor(random() * OPS.length)] as Op;
      ops.push(op);
      const moment = async (maxMs: number) => new Promise((r) => setTimeout(r, Math.floor(random() * maxMs)));
      const ignore = () => undefined;
      switch (op) {
        case 'start':
          // Killed during start-up: config load, LMDB open, adoption, first states.
          await child.kill('SIGKILL');
          child = daemon.spawn();
          await moment(1500);
          break;
        case 'stop':
          client.send(daemon.device, { stop: { workload: 'a' } }).catch(ignore);
          await moment(150);
          break;
        case 'reload':
          daemon.writeWorkload('b', chatty(kill + 1));
          client.send(daemon.device, { reload: {} }).catch(ignore);
          await moment(400);
          break;
        case 'deploy':
          withD = !withD;
          daemon.writeWorkload('d', withD ? sleeper('d') : null);
          client.send(daemon.device, { reload: {} }).catch(ignore);
          await moment(400);
          break;
        case 'rotate':
          await moment(300);
          break;
      }
      await child.kill('SIGKILL');
      child = await daemon.up();
      client = await daemon.connect();

      const after = await settled();
      // Re-adopted: what ran untouched still runs as the same process.
      for (const name of configured()) {
        if (name === TOUCHES[op]) continue;
        const was = before.get(name);
        if (was?.status !== RUNNING) continue;
        expect(after.get(name)?.pid, `kill ${kill} (${op}): ${name} re-adopted`).toBe(was.pid);
      }
      // The run history: every run it had before, in time order, the running run last.
      for (const name of ['a', 'b']) {
        const list = (await runs(name)).reverse();
        const ids = list.map((r) => r.run_id as string);
        expect(new Set(ids).size, `${name} run ids unique`).toBe(ids.length);
        const started = list.map((r) => Number(r.started_ms));
        expect(started, `${name} runs in time order`).toEqual([...started].sort((x, y) => x - y));
        const known = history.get(name) ?? [];
        expect(ids.slice(0, known.length), `kill ${kill} (${op}): ${name} history kept`).toEqual(known);
        history.set(name, ids);
        const view = after.get(name);
        const last = list.at(-1);
        if (view?.status === RUNNING) {
          expect(last?.run_id, `${name}: the running process's run is the last one recorded`).toBe(
            runIdOf(view.pid),
          );
          expect(Number(last?.ended_ms ?? 0)).toBe(0);
        }
      }
      if (after.get('a')?.status === STOPPED) {
        expect((await client.send(daemon.device, { start: { workload: 'a' } })).ok).toBe(true);
        before = await settled();
      } else {
        before = after;
      }
    }
    expect(new Set(ops).size, `operations hit: ${ops.join(',')}`).toBe(OPS.length);
  }, 300_000);
});
