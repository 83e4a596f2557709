// Containers for real, through the podman or docker CLI found on this machine, from a local
// busybox root file system (no registry): a `runtime: container` workload runs, logs and is
// stopped together with its container; `mctl exec --rootfs` streams output, returns the
// container's exit code, has its memory limit enforced by the engine, and a stop by run id
// removes the container. Without an engine (or busybox) every test here is skipped, loudly.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContainerEngine, detectContainerEngine } from '../../device/supervisor/container.ts';
import type { mc } from '../../proto/codec.ts';
import { filters, topics } from '../../proto/topics.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { killAllChildren, type RunningChild } from '../helpers/child.ts';
import { observe, startFleetBroker } from '../helpers/fleet-brokers.ts';
import { type DaemonFixture, daemonFixture } from '../helpers/fleet-daemon.ts';

const run = promisify(execFile);
const BUSYBOX = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
const engine: ContainerEngine | null = await detectContainerEngine();
const missing = !engine
  ? 'no container engine (podman or docker) works on this machine'
  : !BUSYBOX
    ? 'no busybox to build a root file system'
    : '';
if (missing) {
  console.warn(
    `\n*** container-run.test.ts SKIPPED: ${missing}. Install podman, runc and busybox-static ` +
      '(apt-get install -y podman runc busybox-static) to run containers for real. ***\n',
  );
}

const teardown = teardownAll();
afterAll(() => killAllChildren());
const D = 'boxed-dev';

describe.skipIf(Boolean(missing))('container workloads and task runs', { timeout: 60_000 }, () => {
  let root = '';
  let rootfs = '';
  let fixture: DaemonFixture;
  let daemon: RunningChild;
  let url = '';

  /** Containers this file's daemon started (their mc.owner label is under its temp dir). */
  async function ours(all = true): Promise<string[]> {
    const { stdout } = await run(engine?.path ?? 'false', [
      'ps',
      ...(all ? ['-a'] : []),
      '--format',
      '{{.Names}}\t{{index .Labels "mc.owner"}}',
    ]);
    return stdout
      .split('\n')
      .map((line) => line.split('\t'))
      .filter(([, owner]) => owner?.startsWith(fixture.dir))
      .map(([name]) => name ?? '');
  }

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'mc-container-'));
    teardown.add('rootfs dir', () => rmSync(root, { recursive: true, force: true }));
    rootfs = join(root, 'rootfs');
    mkdirSync(join(rootfs, 'bin'), { recursive: true });
    copyFileSync(BUSYBOX ?? '', join(rootfs, 'bin', 'busybox'));
    // Relative links, so they resolve inside the container too (--install -s links to the host path).
    const { stdout: applets } = await run(BUSYBOX ?? '', ['--list']);
    for (const name of applets.split('\n').filter((a) => /^[a-z0-9_.-]+$/.test(a) && a !== 'busybox')) {
      symlinkSync('busybox', join(rootfs, 'bin', name));
    }
    if (engine?.name === 'podman') {
      // This machine's podman: crun fails on its rlimits and hybrid cgroups, runc works with
      // these (see STACK.md). podman reads them from CONTAINERS_CONF, which the daemon passes on.
      const conf = join(root, 'containers.conf');
      writeFileSync(
        conf,
        '[containers]\ndefault_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]\n' +
          '[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\n',
      );
      process.env.CONTAINERS_CONF = conf;
    }
    url = await startFleetBroker(teardown, 'aedes');
    fixture = daemonFixture(teardown, { device: D, brokerUrl: url, workloads: [] });
    teardown.add('containers', async () => {
      const names = await ours().catch(() => []);
      if (names.length > 0)
        await run(engine?.path ?? 'false', ['rm', '--force', ...names]).catch(() => undefined);
    });
    writeFileSync(
      join(fixture.configDir, 'boxed.yaml'),
      [
        'name: boxed',
        'type: service',
        'run_mode: forever',
        'runtime: container',
        `rootfs: ${rootfs}`,
        'memory_limit_mb: 64',
        'cpu_limit: 0.5',
        'env:',
        '  GREETING: hello',
        'command: "echo $GREETING from $MC_WORKLOAD; exec sleep 1000"',
        'stop_timeout: 1',
        '',
      ].join('\n'),
    );
    daemon = await fixture.up();
  }, 60_000);

  const local = (...args: string[]) => fixture.mctl(['--socket-path', fixture.socket, ...args]);

  it('runs a container workload, reports the engine as a capability, and stops the container with it', async () => {
    const obs = await observe(teardown, url, [filters.status(D)]);
    const status = await obs.next(
      topics.status(D),
      (m) => (m.message as mc.v1.DeviceStatus | null)?.workloads_running === 1,
      30_000,
    );
    expect((status.message as mc.v1.DeviceStatus).capabilities).toEqual([
      'exec',
      'container',
      `container:${engine?.name}`,
    ]);
    await waitFor(
      'the greeting',
      async () => (await local('logs', 'boxed')).out.includes('hello from boxed'),
      20_000,
    );
    expect(await ours(false)).toHaveLength(1);
    const stopped = await local('stop', 'boxed');
    expect(stopped.code).toBe(0);
    expect(await ours()).toEqual([]);
  });

  it('streams a container task run and returns its exit code; the engine enforces its memory limit', async () => {
    const r = await local(
      'exec',
      '--rootfs',
      rootfs,
      '--env',
      'X=1',
      '--',
      'sh',
      '-c',
      'echo in a box $X; exit 4',
    );
    expect(r.code).toBe(4);
    expect(r.out).toBe('in a box 1');
    const oom = await local(
      'exec',
      '--rootfs',
      rootfs,
      '--memory',
      '16',
      '--',
      'sh',
      '-c',
      'x=a; while true; do x="$x$x"; done',
    );
    expect(oom.code).toBe(137);
    expect(await ours()).toEqual([]);
  });

  it('runs a task in a container from a local image (imported from the rootfs, no registry)', async () => {
    const image = `localhost/mc-test-${Date.now().toString(36)}`;
    // A local image from the same busybox tree: `import` reads a tar of it on stdin.
    await run('sh', ['-c', `tar -C '${rootfs}' -c . | '${engine?.path}' import - ${image}`]);
    teardown.add('test image', () =>
      run(engine?.path ?? 'false', ['rmi', '--force', image]).catch(() => undefined),
    );
    const r = await local(
      'exec',
      '--image',
      image,
      '--cpus',
      '0.5',
      '--',
      'sh',
      '-c',
      'echo from $0 image; exit 2',
    );
    expect(r.out).toBe('from sh image');
    expect(r.code).toBe(2);
    expect(await ours()).toEqual([]);
  });

  it('stops a container task run by its run id: the container is gone', async () => {
    const started = await local(
      'exec',
      '-d',
      '--rootfs',
      rootfs,
      '--',
      'sh',
      '-c',
      'trap "exit 0" TERM; echo up; sleep 300 & wait',
    );
    const runId = started.out.trim();
    await waitFor('the container', async () => (await ours(false)).length === 1, 20_000);
    const stopped = await local('--json', 'exec', 'stop', runId);
    expect(JSON.parse(stopped.out).exec_status).toMatchObject({ state: 'stopped', runtime: 'container' });
    expect(await ours()).toEqual([]);
  });

  // Last: it restarts the daemon.
  it('removes the container of a workload dropped from the config while the daemon was down', async () => {
    // PID 1 here ignores SIGTERM: stopping its engine CLI alone would leave the container running.
    writeFileSync(
      join(fixture.configDir, 'stubborn.yaml'),
      `name: stubborn\ntype: service\nrun_mode: forever\nruntime: container\nrootfs: ${rootfs}\ncommand: "exec sleep 1000"\n`,
    );
    expect((await local('reload')).code).toBe(0);
    await waitFor(
      'its container',
      async () => (await ours(false)).some((n) => n.startsWith('mc-w-stubborn-')),
      20_000,
    );
    await daemon.kill('SIGKILL');
    rmSync(join(fixture.configDir, 'stubborn.yaml'));
    daemon = await fixture.up();
    expect((await ours()).filter((n) => n.startsWith('mc-w-stubborn-'))).toEqual([]);
  });

  it('adopts a container task run across a daemon SIGKILL; a bind mount carries files both ways', async () => {
    const shared = join(root, 'shared');
    mkdirSync(shared, { recursive: true });
    const started = await local(
      '--json',
      'exec',
      '-d',
      '--rootfs',
      rootfs,
      '--mount',
      `${shared}:/shared`,
      '--',
      'sh',
      '-c',
      'echo before > /shared/seen; echo before; while [ ! -e /shared/go ]; do sleep 0.1; done; echo after',
    );
    const runId = JSON.parse(started.out).run_id as string;
    await waitFor('the container to write through the mount', () => existsSync(join(shared, 'seen')), 20_000);
    // Output the killed daemon had read but not yet written to the run log would be lost with
    // it: kill it only once "before" is in the log.
    await waitFor(
      'the first line in the run log',
      async () =>
        JSON.parse((await local('--json', 'exec', 'status', runId)).out).exec_status.output_tail ===
        'before\n',
      20_000,
    );
    await daemon.kill('SIGKILL');
    daemon = await fixture.up();
    const adopted = JSON.parse((await local('--json', 'exec', 'status', runId)).out).exec_status;
    expect(adopted).toMatchObject({ state: 'running', runtime: 'container' });
    writeFileSync(join(shared, 'go'), '');
    const end = await waitFor(
      'the adopted run to end',
      async () => {
        const s = JSON.parse((await local('--json', 'exec', 'status', runId)).out).exec_status;
        return s.state === 'running' ? undefined : s;
      },
      20_000,
    );
    expect(end).toMatchObject({ state: 'lost', output_tail: 'before\nafter\n' });
    expect(await ours()).toEqual([]);
  });
});
