// PM2 (the pinned version from bench/.peers), in fork mode — its default for one instance —
// with its own PM2_HOME in the instance's temp dir. Only restart_delay and autorestart are
// set, so the restart policy matches ours (restart_delay 0); the rest is PM2's default.
import { type ChildProcess, execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { killGroup, runHelper, type SpawnOptions, spawnHelper, waitExit, waitLine } from '../child.ts';
import { MARK_VAR, msBetween, nowNs, READY_VAR, sleep, WORKLOAD_SCRIPT } from '../markers.ts';
import { PM2_VERSION } from '../pm2-install.ts';
import type { ColdLaunch, Instance, Tool, ToolContext, WarmLaunch } from './types.ts';

const CLIENT = fileURLToPath(new URL('../pm2-client.cjs', import.meta.url));
const TIMEOUT_MS = 60_000;
const run = promisify(execFile);

function ecosystem(count: number, mark: string, readyDir: string): string {
  const apps = Array.from({ length: count }, (_, i) => ({
    name: `w${String(i + 1).padStart(3, '0')}`,
    script: WORKLOAD_SCRIPT,
    interpreter: process.execPath, // the same node binary as the other tools
    exec_mode: 'fork',
    autorestart: true,
    restart_delay: 0,
    env: { [MARK_VAR]: mark, [READY_VAR]: readyDir },
  }));
  return JSON.stringify({ apps }, null, 1);
}

class Pm2Instance implements Instance {
  readonly tool = 'pm2';
  client: ChildProcess | undefined;

  constructor(
    readonly mark: string,
    readonly readyDir: string,
    private readonly home: string,
    private readonly cli: (args: string[]) => Promise<string>,
    private readonly opts: SpawnOptions,
    private readonly pm2Bin: string,
    private readonly stopped: () => void,
  ) {}

  /** PM2's God daemon writes its pid to $PM2_HOME/pm2.pid once it is up. */
  async daemonPid(): Promise<number> {
    const file = join(this.home, 'pm2.pid');
    for (let waited = 0; waited < TIMEOUT_MS; waited += 20) {
      if (existsSync(file)) {
        const pid = Number(readFileSync(file, 'utf8').trim());
        if (pid > 0) return pid;
      }
      await sleep(20);
    }
    throw new Error(`no ${file} after ${TIMEOUT_MS} ms`);
  }

  async ownView(): Promise<number[]> {
    const out = await this.cli(['jlist']);
    const json = out.slice(out.indexOf('['));
    const apps = JSON.parse(json) as { pid: number; pm2_env?: { status?: string } }[];
    return apps.filter((a) => a.pm2_env?.status === 'online').map((a) => a.pid);
  }

  async stop(): Promise<void> {
    // `pm2 kill` stops the apps and the God daemon of this PM2_HOME only.
    await runHelper(process.execPath, [this.pm2Bin, 'kill'], this.opts, TIMEOUT_MS);
    if (this.client && !(await waitExit(this.client, 5000))) killGroup(this.client.pid, 'SIGKILL');
    this.stopped();
  }
}

export class Pm2Tool implements Tool {
  readonly name = 'pm2';
  readonly warmHow = 'God daemon up, PM2 API client connected; pm2.start(ecosystem of 50)';
  readonly version = `pm2 ${PM2_VERSION}`;
  readonly #bin: string;

  constructor(
    private readonly ctx: ToolContext,
    private readonly pm2Dir: string,
  ) {
    this.#bin = join(pm2Dir, 'bin', 'pm2');
  }

  #prepare(count: number): { instance: Pm2Instance; eco: string; opts: SpawnOptions } {
    const { dir, readyDir, mark, id } = this.ctx.instanceDir('pm2');
    const home = join(dir, 'pm2-home');
    mkdirSync(home);
    const eco = join(dir, 'ecosystem.json');
    writeFileSync(eco, ecosystem(count, mark, readyDir));
    const opts: SpawnOptions = {
      env: this.ctx.supervisorEnv({ PM2_HOME: home, PM2_DISABLE_COLORS: 'true' }),
      logFile: join(dir, 'pm2-cli.log'),
    };
    const cli = async (args: string[]): Promise<string> =>
      (await run(process.execPath, [this.#bin, ...args], { env: opts.env, timeout: TIMEOUT_MS })).stdout;
    const instance = new Pm2Instance(mark, readyDir, home, cli, opts, this.#bin, () =>
      this.ctx.cleanup.removeTask(id),
    );
    this.ctx.cleanup.addTask({
      name: id,
      run: () => instance.stop(),
      // Blocking `pm2 kill` (a signal handler cannot wait); the owner sweep gets the rest.
      runSync: () =>
        void spawnSync(process.execPath, [this.#bin, 'kill'], { env: opts.env, timeout: 10_000 }),
    });
    return { instance, eco, opts };
  }

  async cold(count: number): Promise<ColdLaunch> {
    const { instance, eco, opts } = this.#prepare(count);
    const spawnedNs = nowNs();
    // The CLI finds no daemon in the fresh PM2_HOME, launches the God daemon, then the apps.
    const cli = spawnHelper(process.execPath, [this.#bin, 'start', eco], opts);
    const milestone = new Promise<bigint>((resolve, reject) => {
      cli.once('exit', (code) =>
        code === 0 ? resolve(nowNs()) : reject(new Error(`pm2 start exited ${code}`)),
      );
    });
    return { instance, spawnedNs, milestone };
  }

  async warm(count: number): Promise<WarmLaunch> {
    const { instance, eco, opts } = this.#prepare(count);
    const spawnedNs = nowNs();
    const client = spawnHelper(process.execPath, [CLIENT, this.pm2Dir], {
      ...opts,
      readStdout: true,
      writeStdin: true,
    });
    instance.client = client;
    // The client launches the God daemon (none runs in this fresh PM2_HOME) and connects.
    const startupMs = msBetween(
      spawnedNs,
      await waitLine(client, (line) => line === '@@connected', TIMEOUT_MS),
    );
    const requestedNs = nowNs();
    client.stdin?.write(`${eco}\n`);
    return { instance, requestedNs, startupMs };
  }
}
