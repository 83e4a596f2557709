// Container workloads in the workload schema and at load time: what runtime: container needs,
// what only it may use, and the error (file + field) on a device without a container engine.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkloadSpecSchema } from '../../device/config/workload-schema.ts';
import { enginesFromEnv } from '../../device/supervisor/container.ts';
import { runMctl } from '../helpers/child.ts';

const base = { name: 'boxed', type: 'service', run_mode: 'forever' } as const;
const problems = (input: object) => {
  const parsed = WorkloadSpecSchema.safeParse({ ...base, ...input });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('runtime: container in the workload schema', () => {
  it('accepts an image (its default command) or a rootfs with a command, with limits and mounts', () => {
    expect(problems({ runtime: 'container', image: 'alpine:3.20' })).toEqual([]);
    const spec = WorkloadSpecSchema.parse({
      ...base,
      runtime: 'container',
      rootfs: 'root',
      command: ['/bin/sh', '-c', 'echo hi'],
      cpu_limit: 0.5,
      memory_limit_mb: 64,
      mounts: [{ source: 'data', target: '/data' }],
    });
    expect(spec.mounts).toEqual([{ source: 'data', target: '/data', read_only: false }]);
    expect(WorkloadSpecSchema.parse({ ...base, command: 'true' }).runtime).toBe('process');
  });

  it('names the field of every mistake', () => {
    expect(problems({ runtime: 'container' })).toEqual(
      expect.arrayContaining(['image: runtime container needs image or rootfs']),
    );
    expect(problems({ runtime: 'container', rootfs: 'r' })).toEqual(['command: required with rootfs']);
    expect(problems({ runtime: 'container', image: 'a', rootfs: 'r', command: 'x' })).toEqual([
      'rootfs: image and rootfs are mutually exclusive',
    ]);
    expect(problems({ runtime: 'container', image: 'a', module: 'x.mjs' })).toEqual([
      'module: not available with runtime container',
    ]);
    expect(
      problems({ command: 'x', image: 'a', cpu_limit: 1, mounts: [{ source: 's', target: '/t' }] }),
    ).toEqual([
      'image: only used with runtime: container',
      'cpu_limit: only used with runtime: container',
      'mounts: only used with runtime: container',
    ]);
    expect(problems({ runtime: 'container', image: 'a', mounts: [{ source: 's', target: 'rel' }] })).toEqual([
      'mounts.0.target: must be an absolute path',
    ]);
    expect(problems({ runtime: 'vm', command: 'x' })[0]).toMatch(/^runtime: /);
  });

  it('reads the engines to look for from MC_CONTAINER_ENGINES', () => {
    expect(enginesFromEnv(undefined)).toEqual(['podman', 'docker']);
    expect(enginesFromEnv('docker')).toEqual(['docker']);
    expect(enginesFromEnv('none')).toEqual([]);
  });
});

describe('mctl validate of a container workload', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails with file and field on a device without a container engine, and for a missing rootfs', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mc-container-config-'));
    mkdirSync(join(dir, 'root'));
    writeFileSync(
      join(dir, 'boxed.yaml'),
      'name: boxed\ntype: service\nrun_mode: forever\nruntime: container\nrootfs: root\ncommand: "echo hi"\n',
    );
    writeFileSync(
      join(dir, 'gone.yaml'),
      'name: gone\ntype: service\nrun_mode: forever\nruntime: container\nrootfs: missing\ncommand: "echo hi"\n',
    );
    const none = runMctl(['validate', '--config-dir', dir], { MC_CONTAINER_ENGINES: 'none' });
    expect(await none.exited).toBe(1);
    const out = `${none.lines.join('\n')}\n${none.stderr()}`;
    expect(out).toMatch(
      /boxed\.yaml:4:\d+ runtime: runtime: container: no container engine \(podman or docker\) found on this device/,
    );
    expect(out).toMatch(/gone\.yaml:5:\d+ rootfs: .*missing does not exist/);
  });
});
