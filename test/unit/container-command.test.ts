// The container engine as the daemon sees it: which CLI counts as a working engine, the
// capability strings, and the exact argv of run / stop / rm for workloads and task runs.
import { describe, expect, it } from 'vitest';
import {
  type ContainerEngine,
  capabilitiesOf,
  containerProblem,
  containerRunArgv,
  detectContainerEngine,
  stopContainer,
} from '../../device/supervisor/container.ts';
import { planLaunch } from '../../device/supervisor/launch.ts';
import { execSpecOf } from '../../device/tasks/exec-spec.ts';
import { CONTAINER_SCRIPT_PATH, planTaskLaunch } from '../../device/tasks/task-launch.ts';
import { workload } from '../helpers/supervisor-harness.ts';

const podman: ContainerEngine = { name: 'podman', path: '/usr/bin/podman', version: '4.3.1' };
const docker: ContainerEngine = { name: 'docker', path: '/usr/bin/docker', version: '28.2.2' };

describe('container engine detection', () => {
  const find = (present: string[]) => (name: string) => (present.includes(name) ? `/usr/bin/${name}` : null);

  it('prefers podman, asking its client version (podman needs no daemon)', async () => {
    const calls: string[] = [];
    const engine = await detectContainerEngine({
      find: find(['podman', 'docker']),
      probe: async (file, args) => {
        calls.push(`${file} ${args.join(' ')}`);
        return '4.3.1\n';
      },
    });
    expect(engine).toEqual(podman);
    expect(calls).toEqual(['/usr/bin/podman version --format {{.Client.Version}}']);
  });

  it('counts docker only when its daemon answers (a bare docker CLI is no engine)', async () => {
    const noDaemon = await detectContainerEngine({
      find: find(['docker']),
      probe: async () => {
        throw new Error('Cannot connect to the Docker daemon at unix:///var/run/docker.sock');
      },
    });
    expect(noDaemon).toBeNull();
    const withDaemon = await detectContainerEngine({
      find: find(['docker']),
      probe: async (_file, args) => (args.includes('{{.Server.Version}}') ? '28.2.2' : ''),
    });
    expect(withDaemon).toEqual(docker);
  });

  it('falls back to docker when podman is present but broken, and finds nothing without either', async () => {
    const engine = await detectContainerEngine({
      find: find(['podman', 'docker']),
      probe: async (file) => {
        if (file.endsWith('podman')) throw new Error('podman: cannot read storage.conf');
        return '28.2.2';
      },
    });
    expect(engine?.name).toBe('docker');
    expect(await detectContainerEngine({ find: find([]), probe: async () => 'x' })).toBeNull();
  });

  it('reports capabilities and refuses what the engine cannot do', () => {
    expect(capabilitiesOf(null)).toEqual(['exec']);
    expect(capabilitiesOf(podman)).toEqual(['exec', 'container', 'container:podman']);
    expect(containerProblem(null, { rootfs: '' })).toMatch(/no container engine \(podman or docker\)/);
    expect(containerProblem(docker, { rootfs: '/srv/root' })).toMatch(/rootfs needs podman/);
    expect(containerProblem(podman, { rootfs: '/srv/root' })).toBeNull();
  });
});

describe('container command lines', () => {
  const spec = {
    name: 'mc-t-abc',
    image: 'alpine:3.20',
    rootfs: '',
    argv: ['sh', '-c', 'echo hi'],
    envNames: ['A', 'MC_RUN_ID'],
    workdir: '/work',
    memory_limit_mb: 64,
    cpu_limit: 0.5,
    mounts: [{ source: '/data', target: '/in', read_only: true }],
    labels: { 'mc.run_id': 'abc' },
  };

  it('runs attached with --rm, limits, env by name (values stay out of argv), mounts, then the image and command', () => {
    expect(containerRunArgv(podman, spec)).toEqual([
      '/usr/bin/podman',
      'run',
      '--rm',
      '--name',
      'mc-t-abc',
      '--replace',
      '--label',
      'mc.run_id=abc',
      '--memory',
      '64m',
      '--cpus',
      '0.5',
      '--env',
      'A',
      '--env',
      'MC_RUN_ID',
      '--volume',
      '/data:/in:ro',
      '--workdir',
      '/work',
      'alpine:3.20',
      'sh',
      '-c',
      'echo hi',
    ]);
    // docker has no --replace; a rootfs goes last among the options, before the command.
    expect(containerRunArgv(docker, spec)).not.toContain('--replace');
    const rootfs = containerRunArgv(podman, {
      ...spec,
      image: '',
      rootfs: '/srv/root',
      memory_limit_mb: 0,
      cpu_limit: 0,
    });
    expect(rootfs.slice(-5)).toEqual(['--rootfs', '/srv/root', 'sh', '-c', 'echo hi']);
    expect(rootfs).not.toContain('--memory');
  });

  it('stops a container by name with the grace period, then removes it, whatever fails', async () => {
    const calls: string[] = [];
    await stopContainer(podman, 'mc-w-pump', 2.5, async (file, args) => {
      calls.push([file, ...args].join(' '));
      throw new Error('no such container');
    });
    expect(calls).toEqual([
      '/usr/bin/podman stop --time 3 mc-w-pump',
      '/usr/bin/podman rm --force --time 0 mc-w-pump',
    ]);
  });

  it('plans a container workload: the engine CLI as leader, no RLIMIT_AS prefix, rootfs and mounts from the config dir', () => {
    const w = workload('/cfg', {
      name: 'boxed',
      type: 'service',
      run_mode: 'forever',
      runtime: 'container',
      rootfs: 'root',
      memory_limit_mb: 32,
      env: { GREETING: 'hi' },
      mounts: [{ source: 'data', target: '/data' }],
      command: 'echo $GREETING',
    });
    const plan = planLaunch(w, {
      runId: 'r1',
      rlimitAs: 'always',
      engine: podman,
      containerName: 'mc-w-boxed-x',
    });
    expect(plan.file).toBe('/usr/bin/podman');
    expect(plan.args).toContain('--memory');
    expect(plan.args.join(' ')).toContain(
      '--volume /cfg/data:/data --rootfs /cfg/root /bin/sh -c echo $GREETING',
    );
    expect(plan.args.join(' ')).not.toContain('prlimit');
    expect(plan.env).toMatchObject({ GREETING: 'hi', MC_WORKLOAD: 'boxed', MC_RUN_ID: 'r1' });
    expect(() => planLaunch(w, { runId: 'r1', rlimitAs: 'auto', engine: null })).toThrow(
      /boxed.yaml: runtime: container: no container engine/,
    );
  });

  it('plans a container task run with its script mounted read-only', () => {
    const spec = execSpecOf({ script: 'echo hi', interpreter: '/bin/sh', rootfs: '/srv/root', cpu_limit: 1 });
    const plan = planTaskLaunch(spec, {
      runId: 't1',
      scriptPath: '/data/tasks/scripts/t1',
      workDir: '/data/tasks/work',
      engine: podman,
      rlimitAs: 'auto',
      owner: '/data',
    });
    expect(plan.container).toBe('mc-t-t1');
    expect(plan.args.join(' ')).toContain(
      `--volume /data/tasks/scripts/t1:${CONTAINER_SCRIPT_PATH}:ro --rootfs /srv/root /bin/sh ${CONTAINER_SCRIPT_PATH}`,
    );
    expect(() =>
      planTaskLaunch(spec, {
        runId: 't1',
        scriptPath: '/x',
        workDir: '/w',
        engine: docker,
        rlimitAs: 'auto',
        owner: '/d',
      }),
    ).toThrow(/rootfs needs podman/);
  });
});
