import { describe, expect, it } from 'vitest';
import { isNodeWorkload, planLaunch } from '../../device/supervisor/launch.ts';
import { limitPrefix, memoryVerdict } from '../../device/supervisor/limits.ts';
import { canonicalJson, specHash } from '../../device/supervisor/workload-view.ts';
import { workload } from '../helpers/supervisor-harness.ts';

const base = { type: 'service', run_mode: 'forever' } as const;

describe('launch plan', () => {
  it('runs a command string under /bin/sh -c and an argv array directly', () => {
    const sh = planLaunch(workload('/cfg', { name: 'a', ...base, command: 'echo hi' }), {
      runId: 'r1',
      rlimitAs: 'auto',
    });
    expect([sh.file, ...sh.args]).toEqual(['/bin/sh', '-c', 'echo hi']);
    const argv = planLaunch(workload('/cfg', { name: 'b', ...base, command: ['sleep', '5'] }), {
      runId: 'r1',
      rlimitAs: 'auto',
    });
    expect([argv.file, ...argv.args]).toEqual(['sleep', '5']);
    expect(argv.cwd).toBe('/cfg');
  });

  it('runs a module through the launcher, with the tsx loader only for TypeScript', () => {
    const ts = planLaunch(workload('/cfg', { name: 'm', ...base, module: 'jobs/x.ts', entry_point: 'go' }), {
      runId: 'r',
      rlimitAs: 'auto',
    });
    expect(ts.file).toBe(process.execPath);
    expect(ts.args[0]).toBe('--import');
    expect(ts.args[1]).toMatch(/^file:.*tsx/);
    expect(ts.args.slice(-3)).toEqual([
      expect.stringMatching(/module-launcher\.mjs$/),
      '/cfg/jobs/x.ts',
      'go',
    ]);
    const js = planLaunch(workload('/cfg', { name: 'j', ...base, module: 'x.mjs' }), {
      runId: 'r',
      rlimitAs: 'auto',
    });
    expect(js.args).not.toContain('--import');
    expect(js.args.at(-1)).toBe('run');
  });

  it('merges env: daemon env, then spec env, then MC_* which always win', () => {
    const plan = planLaunch(
      workload('/cfg', {
        name: 'e',
        ...base,
        command: 'true',
        env: { A: 'spec', MC_WORKLOAD: 'spoofed' },
        params: { k: [1, 'two'] },
        cwd: '../elsewhere',
      }),
      { runId: 'run9', rlimitAs: 'auto', baseEnv: { A: 'daemon', B: 'daemon' } },
    );
    expect(plan.env).toEqual({
      A: 'spec',
      B: 'daemon',
      MC_WORKLOAD: 'e',
      MC_RUN_ID: 'run9',
      MC_PARAMS: '{"k":[1,"two"]}',
    });
    expect(plan.cwd).toBe('/elsewhere');
  });

  it('prefixes prlimit and nice, and skips RLIMIT_AS for small Node workloads in auto mode', () => {
    const shell = planLaunch(
      workload('/cfg', { name: 's', ...base, command: 'x', memory_limit_mb: 64, cpu_nice: 5 }),
      {
        runId: 'r',
        rlimitAs: 'auto',
      },
    );
    expect(shell.file).toMatch(/prlimit$/);
    expect(shell.args.slice(0, 6)).toEqual([
      `--as=${64 * 1024 * 1024}:${64 * 1024 * 1024}`,
      '--',
      expect.stringMatching(/nice$/),
      '-n',
      '5',
      '--',
    ]);
    const node = planLaunch(
      workload('/cfg', { name: 'n', ...base, command: 'node app.js', memory_limit_mb: 64 }),
      {
        runId: 'r',
        rlimitAs: 'auto',
      },
    );
    expect(node.file).toBe('/bin/sh');
    expect(node.notes.join()).toMatch(/RLIMIT_AS not applied/);
    expect(limitPrefix({ memory_limit_mb: 64 }, { isNode: true, rlimitAs: 'always' }).argv[0]).toMatch(
      /prlimit$/,
    );
    expect(limitPrefix({ memory_limit_mb: 2048 }, { isNode: true, rlimitAs: 'auto' }).argv[0]).toMatch(
      /prlimit$/,
    );
    expect(limitPrefix({ memory_limit_mb: 64 }, { isNode: false, rlimitAs: 'never' }).argv).toEqual([]);
  });

  it('recognises Node workloads', () => {
    const is = (command: string | string[]) =>
      isNodeWorkload(workload('/c', { name: 'x', ...base, command }));
    expect(is('node app.js')).toBe(true);
    expect(is('exec FOO=1 /usr/bin/nodejs app.js')).toBe(true);
    expect(is(['env', 'node', 'x'])).toBe(true);
    expect(is([process.execPath, '-e', '1'])).toBe(true);
    expect(is('python3 app.py')).toBe(false);
    expect(is(['nodemon'])).toBe(false);
    expect(isNodeWorkload(workload('/c', { name: 'm', ...base, module: 'x.js' }))).toBe(true);
  });
});

describe('memory verdicts', () => {
  it('warns from 90% and hits the limit at 100%', () => {
    const mb = 1024 * 1024;
    expect(memoryVerdict(89 * mb, 100)).toBe('ok');
    expect(memoryVerdict(90 * mb, 100)).toBe('warn');
    expect(memoryVerdict(100 * mb - 1, 100)).toBe('warn');
    expect(memoryVerdict(100 * mb, 100)).toBe('limit');
  });
});

describe('spec identity', () => {
  it('serializes objects with sorted keys so key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":2,"y":1}]},"b":1}',
    );
    const one = workload('/c', { name: 'x', ...base, command: 'a', env: { A: '1', B: '2' } });
    const two = workload('/c', { command: 'a', env: { B: '2', A: '1' }, name: 'x', ...base });
    expect(specHash(one.spec, one.dir)).toBe(specHash(two.spec, two.dir));
    expect(specHash(one.spec, '/elsewhere')).not.toBe(specHash(one.spec, one.dir));
  });
});
