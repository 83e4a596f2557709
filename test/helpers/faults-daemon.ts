// A standalone device daemon (`mctl up`, no fleet block) for the crash suite: its config dir
// can be rewritten between runs, it can be started without waiting (to be killed during its
// start-up) and it is controlled over its Unix socket with the real command contract. Every
// process it or its workloads started is killed at teardown (found by MC_TEST_DIR).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync } from 'mqtt';
import { CommandClient } from '../../proto/command-client.ts';
import type { Teardown } from './broker-teardown.ts';
import { type RunningChild, runMctl } from './child.ts';

export interface LocalDaemon {
  dir: string;
  configDir: string;
  dataDir: string;
  device: string;
  /** Writes (or with null removes) `<name>.yaml` in the config dir. */
  writeWorkload(name: string, yaml: string | null): void;
  /** Spawns `mctl up` without waiting for it. */
  spawn(): RunningChild;
  /** Spawns and waits for the ready line. */
  up(): Promise<RunningChild>;
  /** A command client on the daemon's socket (one connection per call; closed at teardown). */
  connect(): Promise<CommandClient>;
}

export function localDaemon(teardown: Teardown, device: string, extraDaemonYaml = ''): LocalDaemon {
  const dir = mkdtempSync(join(tmpdir(), 'mc-faults-daemon-'));
  const configDir = join(dir, 'configs');
  const dataDir = join(dir, 'data');
  const socket = join(dir, 'mc.sock');
  mkdirSync(configDir);
  writeFileSync(
    join(configDir, 'daemon.yaml'),
    `device_name: ${device}\ndata_dir: ${dataDir}\nsocket_path: ${socket}\n${extraDaemonYaml}`,
  );
  const env = { MC_TEST_DIR: dir, MC_LOG_LEVEL: process.env.MC_TEST_LOG ?? 'warn' };
  teardown.add(`daemon dir ${dir}`, () => {
    killProcessesOf(dir);
    rmSync(dir, { recursive: true, force: true });
  });
  let clients = 0;
  const daemon: LocalDaemon = {
    dir,
    configDir,
    dataDir,
    device,
    writeWorkload(name, yaml) {
      const file = join(configDir, `${name}.yaml`);
      if (yaml === null) rmSync(file, { force: true });
      else writeFileSync(file, yaml);
    },
    spawn() {
      const child = runMctl(['up', '--config-dir', configDir, '--json'], env);
      teardown.add('mctl up', () => child.kill('SIGKILL'));
      return child;
    },
    async up() {
      const child = daemon.spawn();
      const line = await child.waitForLine((l) => l.includes('"event"'), 30_000);
      if (!line.includes('"ready"')) throw new Error(`daemon did not start: ${line}\n${child.stderr()}`);
      return child;
    },
    connect() {
      return localCommands(teardown, socket, `faults-local-${++clients}`);
    },
  };
  return daemon;
}

/** A command client on a daemon's Unix socket (MQTT over the socket), closed at teardown. */
export async function localCommands(
  teardown: Teardown,
  socket: string,
  name: string,
): Promise<CommandClient> {
  const client = await connectAsync(`mqtt+unix://${socket}`, {
    protocolVersion: 4,
    clientId: name,
    reconnectPeriod: 0,
  });
  const commands = new CommandClient({ client, replyName: name, issuer: name, defaultTimeoutMs: 20_000 });
  await commands.start();
  teardown.add(name, async () => {
    await commands.stop();
    await client.endAsync(true);
  });
  return commands;
}

/** SIGKILLs the process group of every process started with MC_TEST_DIR=dir in its environment. */
export function killProcessesOf(dir: string): void {
  for (const entry of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'utf8').includes(`MC_TEST_DIR=${dir}\u0000`)) continue;
      process.kill(-Number(entry), 'SIGKILL');
    } catch {
      // gone meanwhile, or not a group leader
    }
  }
}

/** Live process-group leaders that run workload `name` of the daemon in `dir` (zombies excluded). */
export function workloadProcesses(dir: string, name: string): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || fields[2] !== entry) continue;
      const environ = `\u0000${readFileSync(`/proc/${entry}/environ`, 'utf8')}`;
      if (
        environ.includes(`\u0000MC_TEST_DIR=${dir}\u0000`) &&
        environ.includes(`\u0000MC_WORKLOAD=${name}\u0000`)
      ) {
        out.push(Number(entry));
      }
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same kill moments. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The MC_RUN_ID a workload process was started with (the supervisor's run id). */
export function runIdOf(pid: number): string | undefined {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\u0000');
    return environ.find((v) => v.startsWith('MC_RUN_ID='))?.slice('MC_RUN_ID='.length);
  } catch {
    return undefined;
  }
}
