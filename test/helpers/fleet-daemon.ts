// A real device daemon process (`mctl up`) with a `fleet:` block, in a temp dir, for the
// fleet suites: writes the config, waits for the ready line, and on teardown kills the
// daemon and every workload process group it left behind (a SIGKILLed daemon leaves its
// workloads running on purpose: the next daemon re-adopts them).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Teardown } from './broker-teardown.ts';
import { MCTL, type RunningChild, runChild, runMctl } from './child.ts';

export interface DaemonFixture {
  dir: string;
  configDir: string;
  socket: string;
  /** Starts `mctl up` and resolves once it printed its ready line. */
  up(): Promise<RunningChild>;
  /** Runs one mctl command against this fixture's environment. */
  mctl(args: string[]): Promise<{ code: number | string; out: string; err: string }>;
  /** Starts a long-running mctl command (e.g. logs -f); killed at teardown. */
  follow(args: string[]): RunningChild;
}

/** A service that says hello, then becomes `sleep 1000` (exec keeps the pid). */
export const serviceYaml = (name: string) =>
  `name: ${name}\ntype: service\nrun_mode: forever\ncommand: "echo hello from $MC_WORKLOAD; exec sleep 1000"\nstop_timeout: 2\n`;

export function daemonFixture(
  teardown: Teardown,
  opts: {
    device: string;
    brokerUrl: string;
    workloads: string[];
    fleet?: string;
    /** Runs the daemon inside this network namespace (`ip netns exec`, as root). */
    netns?: string;
  },
): DaemonFixture {
  const dir = mkdtempSync(join(tmpdir(), 'mc-fleet-daemon-'));
  const configDir = join(dir, 'configs');
  const socket = join(dir, 'mc.sock');
  mkdirSync(configDir);
  const fleet = [
    'fleet:',
    `  broker_url: ${opts.brokerUrl}`,
    '  keepalive: 2',
    '  heartbeat_interval: 1',
    '  status_debounce_ms: 50',
    ...(opts.fleet ? [opts.fleet] : []),
  ].join('\n');
  writeFileSync(
    join(configDir, 'daemon.yaml'),
    `device_name: ${opts.device}\ndata_dir: ${join(dir, 'data')}\nsocket_path: ${socket}\n${fleet}\n`,
  );
  for (const name of opts.workloads) writeFileSync(join(configDir, `${name}.yaml`), serviceYaml(name));
  const env = { MC_TEST_DIR: dir, MC_LOG_LEVEL: process.env.MC_TEST_LOG ?? 'warn' };
  teardown.add(`daemon dir ${dir}`, () => {
    killWorkloadsOf(dir);
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    configDir,
    socket,
    async up() {
      const args = ['up', '--config-dir', configDir, '--json'];
      const daemon = opts.netns
        ? runChild('ip', ['netns', 'exec', opts.netns, process.execPath, MCTL, ...args], env)
        : runMctl(args, env);
      teardown.add('mctl up', () => daemon.kill('SIGKILL'));
      const line = await daemon.waitForLine((l) => l.includes('"event"'));
      if (!line.includes('"ready"')) throw new Error(`daemon did not start: ${line}\n${daemon.stderr()}`);
      return daemon;
    },
    follow(args) {
      const child = runMctl(args, env);
      teardown.add(`mctl ${args.join(' ')}`, () => child.kill('SIGKILL'));
      return child;
    },
    async mctl(args) {
      const child = runMctl(args, env);
      const code = await child.exited;
      return { code, out: child.lines.join('\n'), err: child.stderr() };
    },
  };
}

/** SIGKILLs the process group of every process started with MC_TEST_DIR=dir in its environment. */
function killWorkloadsOf(dir: string): void {
  for (const entry of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'utf8').includes(`MC_TEST_DIR=${dir}\u0000`)) continue;
      process.kill(-Number(entry), 'SIGKILL');
    } catch {
      // gone meanwhile, or not a group leader
    }
  }
}
