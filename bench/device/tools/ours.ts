// Our device daemon, run as a device runs it (deploy/systemd/mctl-device.service): the
// production bundle dist/cli/main.js, rebuilt by the bench before it starts, under the
// daemon's V8 flags (cli/daemon-flags.ts), `up` on a config directory with one YAML file
// per workload. MC_BENCH_OURS=source runs the TypeScript sources through tsx instead
// (`node bin/mctl.js`, as in a checkout); MC_BENCH_OURS_NODE_FLAGS="…" replaces the flags
// (e.g. "" for none), to measure what each one buys.
import type { ChildProcess } from 'node:child_process';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DAEMON_NODE_FLAGS } from '../../../cli/daemon-flags.ts';
import { killGroup, spawnHelper, waitExit, waitLine } from '../child.ts';
import { MARK_VAR, msBetween, nowNs, READY_VAR, sleep, WORKLOAD_SCRIPT } from '../markers.ts';
import type { ColdLaunch, Instance, Tool, ToolContext, WarmLaunch } from './types.ts';

const MCTL_SOURCE = fileURLToPath(new URL('../../../bin/mctl.js', import.meta.url));
const MCTL_BUNDLE = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));
const BUNDLE_SCRIPT = fileURLToPath(new URL('../../../scripts/bundle.mjs', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../../package.json', import.meta.url));

/** How `mctl up` is started in this run: the node flags and the entry script. */
function daemonCommand(): { flags: string[]; entry: string; how: string } {
  const source = process.env.MC_BENCH_OURS === 'source';
  const override = process.env.MC_BENCH_OURS_NODE_FLAGS;
  const flags = override === undefined ? [...DAEMON_NODE_FLAGS] : override.split(/\s+/).filter(Boolean);
  if (!source) execFileSync(process.execPath, [BUNDLE_SCRIPT], { stdio: 'ignore' });
  const entry = source ? MCTL_SOURCE : MCTL_BUNDLE;
  const how = `${source ? 'sources through tsx (bin/mctl.js)' : 'bundle dist/cli/main.js'}, node flags: ${flags.join(' ') || 'none'}`;
  return { flags, entry, how };
}

const READY_TIMEOUT_MS = 60_000;
const SIGHUP_GRACE_MS = 300;
/** Graceful stop of 50 idle workloads takes well under this; past it the group is killed. */
const STOP_TIMEOUT_MS = 30_000;

/**
 * One workload file. restart_delay 0 matches PM2's `restart_delay: 0`; everything else is
 * the default a user gets (backoff, crash-loop detection, log capture through a FIFO).
 */
function workloadYaml(name: string, mark: string, readyDir: string): string {
  return [
    `name: ${name}`,
    'type: service',
    'run_mode: forever',
    `command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(WORKLOAD_SCRIPT)}]`,
    'restart_delay: 0',
    'env:',
    `  ${MARK_VAR}: ${JSON.stringify(mark)}`,
    `  ${READY_VAR}: ${JSON.stringify(readyDir)}`,
    '',
  ].join('\n');
}

function writeWorkloads(
  configDir: string,
  from: number,
  count: number,
  mark: string,
  readyDir: string,
): void {
  for (let i = from; i < from + count; i++) {
    const name = `w${String(i + 1).padStart(3, '0')}`;
    writeFileSync(join(configDir, `${name}.yaml`), workloadYaml(name, mark, readyDir));
  }
}

const run = promisify(execFile);

class OursInstance implements Instance {
  readonly tool = 'ours';

  constructor(
    readonly mark: string,
    readonly readyDir: string,
    private readonly child: ChildProcess,
    private readonly socket: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly stopped: () => void,
    readonly daemonLog: string,
    private readonly entry: string,
  ) {}

  daemonPid(): Promise<number> {
    // `mctl up` is the daemon itself (with the sources, tsx is registered in-process): no wrapper.
    return Promise.resolve(this.child.pid ?? 0);
  }

  async ownView(): Promise<number[]> {
    const { stdout } = await run(
      process.execPath,
      [this.entry, '--socket-path', this.socket, '--json', 'list'],
      {
        env: this.env,
        timeout: 30_000,
      },
    );
    const reply = JSON.parse(stdout) as { workloads?: { workloads?: { status: string; pid: number }[] } };
    return (reply.workloads?.workloads ?? [])
      .filter((w) => w.status === 'WORKLOAD_STATUS_RUNNING')
      .map((w) => w.pid);
  }

  async stop(): Promise<void> {
    // SIGTERM is what `mctl down` asks for: every workload stopped gracefully, then exit.
    killGroup(this.child.pid, 'SIGTERM');
    if (!(await waitExit(this.child, STOP_TIMEOUT_MS))) killGroup(this.child.pid, 'SIGKILL');
    this.stopped();
  }
}

export class OursTool implements Tool {
  readonly name = 'ours';
  readonly warmHow = 'daemon up with no workloads; 50 YAML files added, then SIGHUP (hot reload)';
  readonly version: string;
  readonly #command: { flags: string[]; entry: string };

  constructor(private readonly ctx: ToolContext) {
    const { flags, entry, how } = daemonCommand();
    this.#command = { flags, entry };
    const pkg = JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string };
    this.version = `master-control ${pkg.version} (${how})`;
  }

  #launch(count: number): {
    instance: OursInstance;
    configDir: string;
    spawnedNs: bigint;
    ready: Promise<bigint>;
  } {
    const { dir, readyDir, mark, id } = this.ctx.instanceDir('ours');
    const configDir = join(dir, 'config');
    const socket = join(dir, 'mctl.sock');
    const env = this.ctx.supervisorEnv();
    // daemon.yaml: a fixed device name; every other setting at its default.
    mkdirSync(configDir);
    writeFileSync(join(configDir, 'daemon.yaml'), 'device_name: bench\n');
    writeWorkloads(configDir, 0, count, mark, readyDir);
    const daemonLog = join(dir, 'daemon.log');
    const { flags, entry } = this.#command;
    const args = [...flags, entry, 'up', '--config-dir', configDir, '--data-dir', join(dir, 'data')];
    const spawnedNs = nowNs();
    const child = spawnHelper(process.execPath, [...args, '--socket-path', socket, '--json'], {
      env,
      logFile: daemonLog,
      readStdout: true,
    });
    const instance = new OursInstance(
      mark,
      readyDir,
      child,
      socket,
      env,
      () => this.ctx.cleanup.removeTask(id),
      daemonLog,
      entry,
    );
    this.ctx.cleanup.addTask({
      name: id,
      run: () => instance.stop(),
      runSync: () => killGroup(child.pid, 'SIGKILL'),
    });
    const ready = waitLine(child, (line) => line.includes('"event":"ready"'), READY_TIMEOUT_MS);
    return { instance, configDir, spawnedNs, ready };
  }

  async cold(count: number): Promise<ColdLaunch> {
    const { instance, spawnedNs, ready } = this.#launch(count);
    return { instance, spawnedNs, milestone: ready };
  }

  async warm(count: number): Promise<WarmLaunch> {
    const { instance, configDir, spawnedNs, ready } = this.#launch(0);
    const startupMs = msBetween(spawnedNs, await ready);
    // `mctl up` prints its ready line before it installs its SIGHUP handler, and SIGHUP's
    // default action kills the process: a SIGHUP right after the line killed the daemon in
    // one run of three. Give it a moment (not timed) until that is fixed in cli/commands/up.ts.
    await sleep(SIGHUP_GRACE_MS);
    writeWorkloads(configDir, 0, count, instance.mark, instance.readyDir);
    const requestedNs = nowNs();
    process.kill(await instance.daemonPid(), 'SIGHUP');
    return { instance, requestedNs, startupMs };
  }
}
