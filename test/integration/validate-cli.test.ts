import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MCTL = join(ROOT, 'bin', 'mctl.js');
const EXAMPLES = join(ROOT, 'configs', 'examples');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `mctl` entry point as a child process. */
function mctl(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MCTL, ...args], { cwd: ROOT, timeout: 20_000 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

let bad: string;

beforeAll(() => {
  bad = mkdtempSync(join(tmpdir(), 'mc-validate-'));
  writeFileSync(
    join(bad, 'a.yaml'),
    'name: same\ntype: agent\nrun_mode: schedule\nschedule: "* * *"\ncommand: "true"\n',
  );
  writeFileSync(
    join(bad, 'b.yaml'),
    'name: same\ntype: service\nrun_mode: forever\ncommand: [sleep, "9"]\nrestart_dealy: 3\n',
  );
});

afterAll(() => {
  rmSync(bad, { recursive: true, force: true });
});

describe('mctl validate', () => {
  it('exits 0 and counts the workloads of the examples', async () => {
    const run = await mctl('validate', '--config-dir', EXAMPLES);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('5 workloads valid\n');
    expect(run.code).toBe(0);
  });

  it('exits 1 and prints every problem with file, line and field, then a summary', async () => {
    const run = await mctl('validate', '--config-dir', bad);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      `${join(bad, 'a.yaml')}:4:11 schedule: cron expression "* * *" has 3 fields; expected 5 fields "min hour day-of-month month day-of-week" or 6 with seconds first`,
      `${join(bad, 'b.yaml')}:1:7 name: duplicate workload name "same": also defined in ${join(bad, 'a.yaml')}`,
      `${join(bad, 'b.yaml')}:5:1 restart_dealy: unknown field; did you mean restart_delay?`,
      '3 problems in 2 files',
    ]);
  });

  it('prints one JSON object with --json', async () => {
    const run = await mctl('--json', 'validate', '--config-dir', bad);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { ok: boolean; workloads: string[]; problems: unknown[] };
    expect(out.ok).toBe(false);
    expect(out.workloads).toEqual([]);
    expect(out.problems).toHaveLength(3);
    expect(out.problems[0]).toEqual({
      file: join(bad, 'a.yaml'),
      line: 4,
      column: 11,
      path: 'schedule',
      message: expect.stringContaining('has 3 fields'),
    });

    const good = await mctl('validate', '--json', '--config-dir', EXAMPLES);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({
      ok: true,
      workloads: ['counter-script', 'flaky-service', 'hello-agent', 'python-report', 'ticker-service'],
      problems: [],
    });
  });

  it('reports a config directory that does not exist', async () => {
    const run = await mctl('validate', '--config-dir', join(bad, 'missing'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${join(bad, 'missing')}: config directory does not exist`);
  });
});
