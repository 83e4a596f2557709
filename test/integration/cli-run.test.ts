// `mctl run NAME`: one run in the foreground, launched as the daemon would launch it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { killAllChildren, runMctl } from '../helpers/child.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-run-'));
});

afterEach(async () => {
  await killAllChildren();
  rmSync(dir, { recursive: true, force: true });
});

function workload(name: string, body: string): void {
  writeFileSync(
    join(dir, `${name}.yaml`),
    `name: ${name}\ntype: script\nrun_mode: n_times\nmax_runs: 1\n${body}`,
  );
}

/** Processes whose command line mentions this test's marker. */
function marked(marker: string): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('mctl run', () => {
  it('runs the workload with its params and env, prints its output and exits with its code', async () => {
    workload(
      'echoer',
      'command: \'echo "params=$MC_PARAMS greeting=$GREETING workload=$MC_WORKLOAD"; exit 7\'\nparams: { n: 3 }\nenv: { GREETING: hi }\n',
    );
    const run = runMctl(['run', 'echoer', '--config-dir', dir]);
    expect(await run.exited).toBe(7);
    expect(run.lines).toContain('params={"n":3} greeting=hi workload=echoer');
  });

  it('stops the whole process group at the timeout and exits 124', async () => {
    // Unique sleep lengths identify the grandchildren of this run in /proc.
    const n = 40_000 + Math.floor(Math.random() * 10_000);
    workload('slow', `command: 'sleep ${n} & sleep ${n + 1}'\ntimeout: 1\nstop_timeout: 1\n`);
    const run = runMctl(['run', 'slow', '--config-dir', dir]);
    expect(await run.exited).toBe(124);
    expect(run.stderr()).toContain('exceeded its timeout of 1 s');
    expect(marked(`sleep\u0000${n}`)).toEqual([]);
    expect(marked(`sleep\u0000${n + 1}`)).toEqual([]);
  });

  it('names the problems of a workload that is invalid', async () => {
    workload('broken', 'command: true\nrestart_delay: -1\n');
    const run = runMctl(['run', 'broken', '--config-dir', dir]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/broken\.yaml:\d+:\d+ restart_delay/);
  });
});
