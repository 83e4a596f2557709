// A real controller for the benchmark: `mctl --json controller up -c <controller.yaml>` in its
// own process, on fixed loopback ports (so a restart finds the same addresses and the
// devices' sessions), plus the HTTP calls the benchmark makes to it: JSON API reads with the
// operator token and /metrics parsed into numbers.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { spawnTracked, stopChild, type Tracked } from './children.ts';

const MCTL = fileURLToPath(new URL('../../../bin/mctl.js', import.meta.url));

/** Open files the controller gets when it can be raised (each device is one socket). */
const RAISED_FILE_LIMIT = 65_536;
const PRLIMIT = '/usr/bin/prlimit';

/**
 * This VM allows 20,000 open files per process (`ulimit -Hn`), so one controller held at most
 * ~19,000 devices. Root with CAP_SYS_RESOURCE may raise a process's hard limit up to
 * fs.nr_open: then the controller starts under `prlimit --nofile` (which execs it: same pid)
 * with RAISED_FILE_LIMIT. (This VM's root may not: it stays at 20,000.)
 */
function fileLimitPrefix(): string[] {
  raisable ??= canRaiseFileLimit();
  return raisable ? [PRLIMIT, `--nofile=${RAISED_FILE_LIMIT}:${RAISED_FILE_LIMIT}`, '--'] : [];
}
let raisable: boolean | undefined;

/** Tried once: root in a container without CAP_SYS_RESOURCE may not raise it (this VM). */
function canRaiseFileLimit(): boolean {
  if (process.getuid?.() !== 0 || !existsSync(PRLIMIT)) return false;
  const nrOpen = Number(readFileSync('/proc/sys/fs/nr_open', 'utf8'));
  if (!(nrOpen >= RAISED_FILE_LIMIT)) return false;
  try {
    execFileSync(PRLIMIT, [`--nofile=${RAISED_FILE_LIMIT}:${RAISED_FILE_LIMIT}`, '--', 'true'], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

/** The open-file limit a benchmark controller runs with: raised when possible, else ours. */
export function controllerFileLimit(): number {
  if (fileLimitPrefix().length > 0) return RAISED_FILE_LIMIT;
  const out = execFileSync('sh', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).trim();
  return out === 'unlimited' ? RAISED_FILE_LIMIT : Number(out);
}

export interface ControllerSetup {
  dir: string;
  dataDir: string;
  configFile: string;
  token: string;
  httpPort: number;
  mqttPort: number;
  staleAfterS: number;
  /** When set, the controller runs with `node --cpu-prof` writing here (on exit). */
  profileDir?: string;
  /** The controller's stderr (warn-level log) is appended here, restarts included. */
  logFile: string;
  /** controller.yaml device_password_hash (the fixture stores the same kind). */
  passwordHash: 'scrypt' | 'sha256';
  /**
   * An external broker (controller.yaml `broker.url`, user `operator` with the token as
   * password): the controller embeds none. Set with useExternalBroker().
   */
  externalBroker?: string;
}

/** A port free right now on 127.0.0.1 (the kernel's choice for port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * A free port below the kernel's ephemeral range (32768–60999 here). The controller keeps
 * its ports across a restart, and thousands of simulated devices hold ephemeral ports as
 * their local ends: an ephemeral listening port freed by the stop was taken by a device's
 * reconnect before the controller came back (EADDRINUSE, fleet run of 01:58 at 5,000).
 */
export async function freeListenPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  return freePort();
}

/** Writes controller.yaml for an embedded broker on loopback (see useExternalBroker); warn-level logs keep stderr quiet. */
export async function controllerSetup(
  dir: string,
  staleAfterS: number,
  logFile: string,
  profileDir?: string,
  passwordHash: 'scrypt' | 'sha256' = 'scrypt',
): Promise<ControllerSetup> {
  const setup: ControllerSetup = {
    ...(profileDir ? { profileDir } : {}),
    dir,
    dataDir: join(dir, 'data'),
    configFile: join(dir, 'controller.yaml'),
    token: randomBytes(24).toString('base64url'),
    logFile,
    httpPort: await freeListenPort(),
    mqttPort: await freeListenPort(),
    staleAfterS,
    passwordHash,
  };
  writeConfig(setup);
  return setup;
}

function writeConfig(setup: ControllerSetup): void {
  const broker = setup.externalBroker
    ? { url: setup.externalBroker, username: 'operator', password: setup.token, websocket: false }
    : { mqtt_host: '127.0.0.1', mqtt_port: setup.mqttPort, websocket: false };
  const config = {
    host: '127.0.0.1',
    port: setup.httpPort,
    data_dir: setup.dataDir,
    api_token: setup.token,
    stale_after: setup.staleAfterS,
    device_password_hash: setup.passwordHash,
    log_level: 'warn',
    broker,
  };
  writeFileSync(setup.configFile, stringify(config), { mode: 0o600 });
}

/**
 * Points the controller of `setup` at an external broker (before it starts): controller.yaml
 * gets `broker.url` and the operator's credentials instead of an embedded broker.
 */
export function useExternalBroker(setup: ControllerSetup, url: string): void {
  setup.externalBroker = url;
  setup.mqttPort = Number(new URL(url).port);
  writeConfig(setup);
}

export class ControllerProcess {
  readonly setup: ControllerSetup;
  readonly tracked: Tracked;
  readonly #listening: Promise<void>;

  private constructor(setup: ControllerSetup) {
    this.setup = setup;
    let ready: () => void = () => {};
    this.#listening = new Promise((resolve) => {
      ready = resolve;
    });
    const [command, ...prefix] = [...fileLimitPrefix(), process.execPath];
    this.tracked = spawnTracked(
      command ?? process.execPath,
      [
        ...prefix,
        ...(setup.profileDir ? ['--cpu-prof', '--cpu-prof-dir', setup.profileDir] : []),
        MCTL,
        '--json',
        '--log-level',
        process.env.SIM_CTL_LOG ?? 'warn',
        'controller',
        'up',
        '-c',
        setup.configFile,
      ],
      (line) => {
        if (line.includes('"listening"')) ready();
      },
      { cwd: setup.dir },
    );
    this.tracked.child.stderr?.pipe(createWriteStream(setup.logFile, { flags: 'a' }));
  }

  /** Starts the controller and waits until its API and broker listen. */
  static async start(setup: ControllerSetup, timeoutMs = 60_000): Promise<ControllerProcess> {
    const c = new ControllerProcess(setup);
    let timer: NodeJS.Timeout | undefined;
    const failed = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('controller did not start in time')), timeoutMs);
      void c.tracked.exited.then((code) =>
        reject(new Error(`controller exited (${code}) at start: ${c.tracked.stderrTail()}`)),
      );
    });
    try {
      await Promise.race([c.#listening, failed]);
    } catch (err) {
      await stopChild(c.tracked, 2000);
      throw err;
    } finally {
      clearTimeout(timer);
    }
    return c;
  }

  get pid(): number {
    return this.tracked.pid;
  }

  get mqttUrl(): string {
    return `mqtt://127.0.0.1:${this.setup.mqttPort}`;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.setup.httpPort}`;
  }

  async getJson<T>(path: string): Promise<T> {
    const res = await fetch(`${this.httpUrl}${path}`, {
      headers: { authorization: `Bearer ${this.setup.token}` },
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** /metrics as `name{labels}` → value (labels as printed, e.g. `mc_devices{health="online"}`). */
  async metrics(): Promise<Map<string, number>> {
    const res = await fetch(`${this.httpUrl}/metrics`, {
      headers: { authorization: `Bearer ${this.setup.token}` },
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) throw new Error(`GET /metrics: HTTP ${res.status}`);
    const out = new Map<string, number>();
    for (const line of (await res.text()).split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const space = line.lastIndexOf(' ');
      out.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
    return out;
  }

  stop(): Promise<number | string> {
    return stopChild(this.tracked, 20_000);
  }
}
