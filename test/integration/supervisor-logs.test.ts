import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, workload } from '../helpers/supervisor-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.cleanup();
});

describe('workload logs', () => {
  it('rotates by size so disk use stays within max_bytes × (max_files + 1)', async () => {
    const maxBytes = 16 * 1024;
    await h.supervisor.start([
      workload(h.dir, {
        name: 'chatty',
        type: 'script',
        run_mode: 'n_times',
        max_runs: 1,
        // ~400 KB of numbered lines, 25 times the whole budget.
        command: 'i=0; while [ $i -lt 8000 ]; do i=$((i+1)); echo "line $i of a chatty workload ....."; done',
        logs: { max_bytes: maxBytes, max_files: 3 },
      }),
    ]);
    await h.waitForEvent('completed', { workload: 'chatty' });
    // tailLog waits for queued log writes (the end-of-run marker) to reach the disk.
    const tail = await h.supervisor.tailLog('chatty', 1000);
    const files = readdirSync(h.logDir).filter((f) => f.startsWith('chatty.log'));
    expect(files.sort()).toEqual(['chatty.log', 'chatty.log.1', 'chatty.log.2', 'chatty.log.3']);
    let total = 0;
    for (const f of files) {
      const size = statSync(join(h.logDir, f)).size;
      expect(size).toBeLessThanOrEqual(maxBytes);
      total += size;
    }
    expect(total).toBeLessThanOrEqual(maxBytes * 4);
    // The newest lines are kept, whole, in order, across the rotated files.
    const numbered = tail.filter((l) => l.startsWith('line ')).map((l) => Number(l.split(' ')[1]));
    expect(numbered.at(-1)).toBe(8000);
    expect(numbered).toEqual(numbered.map((_, i) => (numbered[0] ?? 0) + i));
    expect(tail.at(-1)).toMatch(/^\[mc .*\] run \w+ exited with code 0/);
  });

  it('keeps stdout and stderr in one file, in the order written', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'both',
        type: 'script',
        run_mode: 'n_times',
        max_runs: 1,
        command: 'echo out1; echo err1 >&2; echo out2; echo err2 >&2',
      }),
    ]);
    await h.waitForEvent('completed', { workload: 'both' });
    const lines = (await h.supervisor.tailLog('both', 50)).filter((l) => !l.startsWith('[mc '));
    expect(lines).toEqual(['out1', 'err1', 'out2', 'err2']);
  });

  it('passes params, env, MC_WORKLOAD and MC_RUN_ID to commands, in cwd resolved against the config dir', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'envy',
        type: 'script',
        run_mode: 'n_times',
        max_runs: 1,
        command: 'echo "$MC_WORKLOAD $GREETING $MC_PARAMS $(basename "$PWD")"; echo "run=$MC_RUN_ID"',
        params: { answer: 42 },
        env: { GREETING: 'hello' },
        cwd: 'logs',
      }),
    ]);
    const completed = await h.waitForEvent('completed', { workload: 'envy' });
    const lines = await h.supervisor.tailLog('envy', 50);
    expect(lines).toContain('envy hello {"answer":42} logs');
    expect(lines).toContain(`run=${completed.run_id}`);
  });

  it('runs a module entry point with params and records a throw as a failure', async () => {
    writeFileSync(
      join(h.dir, 'job.ts'),
      [
        'export async function main(params: { who: string; n: number }): Promise<void> {',
        '  await new Promise((r) => setTimeout(r, 10));',
        "  console.log('hello', params.who, params.n * 2, process.env.MC_WORKLOAD);",
        '}',
        'export function broken(): void {',
        "  throw new Error('boom from module');",
        '}',
      ].join('\n'),
    );
    writeFileSync(
      join(h.dir, 'plain.mjs'),
      'export const run = (p) => console.log("plain", JSON.stringify(p));\n',
    );
    const once = { type: 'script', run_mode: 'n_times', max_runs: 1 } as const;
    await h.supervisor.start([
      workload(h.dir, {
        name: 'ts-mod',
        ...once,
        module: 'job.ts',
        entry_point: 'main',
        params: { who: 'pi', n: 21 },
      }),
      workload(h.dir, { name: 'js-mod', ...once, module: './plain.mjs', params: { a: [1, 2] } }),
      workload(h.dir, { name: 'bad-mod', ...once, module: 'job.ts', entry_point: 'broken' }),
      workload(h.dir, { name: 'no-export', ...once, module: 'job.ts', entry_point: 'missing' }),
    ]);
    for (const name of ['ts-mod', 'js-mod', 'bad-mod', 'no-export'])
      await h.waitForEvent('completed', { workload: name });
    expect(h.supervisor.get('ts-mod')).toMatchObject({ status: 'completed', last_exit_code: 0 });
    expect(await h.supervisor.tailLog('ts-mod', 10)).toContain('hello pi 42 ts-mod');
    expect(await h.supervisor.tailLog('js-mod', 10)).toContain('plain {"a":[1,2]}');
    expect(h.supervisor.get('bad-mod')).toMatchObject({ status: 'failed', last_exit_code: 1 });
    expect((await h.supervisor.tailLog('bad-mod', 20)).join('\n')).toMatch(/boom from module/);
    expect((await h.supervisor.tailLog('no-export', 20)).join('\n')).toMatch(
      /no exported function "missing"/,
    );
  });

  it('records a program that cannot be executed as spawn_error', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'ghost',
        type: 'script',
        run_mode: 'n_times',
        max_runs: 1,
        command: ['/nonexistent/program'],
      }),
    ]);
    const failed = await h.waitForEvent('failed', { workload: 'ghost' });
    expect(failed.message).toMatch(/ENOENT/);
    const [run] = await h.supervisor.history('ghost', 1);
    expect(run).toMatchObject({ reason: 'spawn_error', pid: null });
    expect(h.supervisor.get('ghost')?.status).toBe('failed');
  });

  it('falls back to plain pipes when no FIFO can be created', async () => {
    // A regular file where the FIFO directory should be: mkfifo cannot work there.
    const blocked = join(h.dir, 'blocked');
    writeFileSync(blocked, '');
    const sup = await h.restart({ runDir: join(blocked, 'pipes') });
    await sup.start([
      workload(h.dir, {
        name: 'piped',
        type: 'script',
        run_mode: 'n_times',
        max_runs: 1,
        command: 'echo via-pipe',
      }),
    ]);
    await h.waitForEvent('completed', { workload: 'piped' });
    expect(sup.get('piped')).toMatchObject({ status: 'completed', last_exit_code: 0 });
    expect(await sup.tailLog('piped', 10)).toContain('via-pipe');
  });
});
