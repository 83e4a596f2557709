// The device daemon as a real process (`mctl up`), driven by `mctl` over its Unix socket.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { killAllChildren, type RunningChild, runMctl } from '../helpers/child.ts';

let dir: string;
let configDir: string;
let socket: string;

function writeConfig(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(configDir, name), text);
}

// Each run says hello (for `logs`) and then becomes `sleep 1000` (exec keeps the pid).
const service = (name: string, extra = '') =>
  `name: ${name}\ntype: service\nrun_mode: forever\ncommand: "echo hello from $MC_WORKLOAD; exec sleep 1000"\nstop_timeout: 2\n${extra}`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-daemon-'));
  configDir = join(dir, 'configs');
  mkdirSync(configDir);
  socket = join(dir, 'mc.sock');
  writeConfig({
    'daemon.yaml': `device_name: box-1\ndata_dir: ${join(dir, 'data')}\nsocket_path: ${socket}\n`,
  });
});

afterEach(async () => {
  await killAllChildren();
  // Workloads are in their own process groups: kill whatever a SIGKILLed daemon left behind.
  for (const pid of sleepers()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Pids of `sleep 1000` processes started for this test: the daemon runs with MC_TEST_DIR in
 * its environment, and its workloads inherit it.
 */
function sleepers(): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline !== 'sleep\u00001000\u0000') continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').includes(`MC_TEST_DIR=${dir}`))
        out.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

async function up(): Promise<{ daemon: RunningChild; ready: Record<string, unknown> }> {
  const daemon = runMctl(['up', '--config-dir', configDir, '--json'], { MC_TEST_DIR: dir });
  const line = await daemon.waitForLine((l) => l.includes('"event"'));
  const ready = JSON.parse(line) as Record<string, unknown>;
  if (ready.event !== 'ready') throw new Error(`daemon did not start: ${line}\n${daemon.stderr()}`);
  return { daemon, ready };
}

async function mctl(...args: string[]): Promise<{ code: number | string; out: string; err: string }> {
  const child = runMctl(['--socket-path', socket, ...args], { MC_TEST_DIR: dir });
  const code = await child.exited;
  return { code, out: child.lines.join('\n'), err: child.stderr() };
}

async function list(): Promise<{ name: string; status: string; pid: number; run_count: number }[]> {
  const { out, code, err } = await mctl('--json', 'list');
  if (code !== 0) throw new Error(`list failed: ${err}`);
  return (
    JSON.parse(out) as {
      workloads: { workloads: { name: string; status: string; pid: number; run_count: number }[] };
    }
  ).workloads.workloads;
}

async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(last)}`);
    last = await probe();
  }
  return last;
}

describe('device daemon', () => {
  it('re-adopts running services after SIGKILL instead of starting second copies, with history intact', async () => {
    writeConfig({ 'a.yaml': service('svc-a'), 'b.yaml': service('svc-b'), 'c.yaml': service('svc-c') });
    const first = await up();
    const before = await waitFor(
      list,
      (ws) => ws.length === 3 && ws.every((w) => w.status === 'WORKLOAD_STATUS_RUNNING'),
    );
    const pids = before.map((w) => w.pid).sort();
    expect(sleepers().sort()).toEqual(pids);

    await first.daemon.kill('SIGKILL');
    expect(existsSync(socket)).toBe(true); // a crash leaves the socket file behind
    expect(sleepers().sort()).toEqual(pids); // and the workloads running

    await up();
    const after = await waitFor(
      list,
      (ws) => ws.length === 3 && ws.every((w) => w.status === 'WORKLOAD_STATUS_RUNNING'),
    );
    expect(after.map((w) => w.pid).sort()).toEqual(pids);
    expect(after.map((w) => w.run_count)).toEqual([1, 1, 1]);
    expect(sleepers().sort()).toEqual(pids);

    const status = await mctl('--json', 'status', 'svc-a');
    expect(status.code).toBe(0);
    const detail = JSON.parse(status.out).detail;
    expect(detail.runs).toHaveLength(1);
    expect(detail.runs[0].ended_ms).toBe(0); // the same run, still going
  });

  it('reloads: adds, removes and restarts only changed workloads; an invalid set changes nothing', async () => {
    writeConfig({ 'a.yaml': service('keep'), 'b.yaml': service('change'), 'c.yaml': service('drop') });
    await up();
    const before = await waitFor(
      list,
      (ws) => ws.length === 3 && ws.every((w) => w.status === 'WORKLOAD_STATUS_RUNNING'),
    );
    const pidOf = (ws: typeof before, name: string) => ws.find((w) => w.name === name)?.pid;

    writeConfig({ 'b.yaml': service('change', 'env: { MODE: "2" }\n'), 'd.yaml': service('new') });
    rmSync(join(configDir, 'c.yaml'));
    const reload = await mctl('--json', 'reload');
    expect(reload.code).toBe(0);
    expect(JSON.parse(reload.out).reload).toEqual({
      added: ['new'],
      removed: ['drop'],
      updated: ['change'],
      unchanged: ['keep'],
    });
    const after = await waitFor(
      list,
      (ws) => ws.length === 3 && ws.every((w) => w.status === 'WORKLOAD_STATUS_RUNNING'),
    );
    expect(after.map((w) => w.name)).toEqual(['change', 'keep', 'new']);
    expect(pidOf(after, 'keep')).toBe(pidOf(before, 'keep'));
    expect(pidOf(after, 'change')).not.toBe(pidOf(before, 'change'));

    writeConfig({
      'bad.yaml': 'name: broken\ntype: service\nrun_mode: forever\ncommand: ["sleep"]\nbogus: 1\n',
    });
    rmSync(join(configDir, 'a.yaml'));
    const rejected = await mctl('reload');
    expect(rejected.code).toBe(1);
    expect(rejected.err).toMatch(/bad\.yaml:5:1 bogus/);
    expect(rejected.err).toContain('MC_ERR_CONFIG');
    const unchanged = await list();
    expect(unchanged.map((w) => [w.name, w.pid])).toEqual(after.map((w) => [w.name, w.pid]));
  });

  it('answers every local command, and `down` stops the workloads and the daemon', async () => {
    writeConfig({ 'a.yaml': service('svc') });
    const { daemon } = await up();
    await waitFor(list, (ws) => ws[0]?.status === 'WORKLOAD_STATUS_RUNNING');

    const stop = await mctl('stop', 'svc');
    expect(stop.out).toMatch(/^svc: stopped/);
    expect(sleepers()).toEqual([]);
    expect((await mctl('start', 'svc')).out).toMatch(/^svc: running \(pid \d+\)/);
    expect((await mctl('restart', 'svc')).out).toMatch(/^svc: running \(pid \d+\), 3 runs/);
    const missing = await mctl('start', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no workload named nope (MC_ERR_NOT_FOUND)');
    const logs = await mctl('logs', 'svc', '-n', '3');
    expect(logs.code).toBe(0);
    expect(logs.out.split('\n')).toContain('hello from svc');

    const down = await mctl('down');
    expect(down.out).toBe('box-1: stopped');
    expect(await daemon.exited).toBe(0);
    expect(sleepers()).toEqual([]);
    expect(existsSync(socket)).toBe(false);
    const none = await mctl('list');
    expect(none.code).toBe(3);
    expect(none.err).toContain('no daemon is running');
  });

  it('finishes a graceful stop when a second SIGTERM arrives during it', async () => {
    // The service needs a moment to stop, so the second signal lands mid-shutdown.
    writeConfig({
      'slow.yaml': service('slow').replace(
        'command: "echo hello from $MC_WORKLOAD; exec sleep 1000"',
        'command: "trap \'sleep 1; exit 0\' TERM; sleep 1000 & wait"',
      ),
    });
    const { daemon } = await up();
    await waitFor(list, (ws) => ws[0]?.status === 'WORKLOAD_STATUS_RUNNING');
    daemon.process.kill('SIGTERM');
    daemon.process.kill('SIGTERM');
    expect(await daemon.exited).toBe(0);
    expect(daemon.stderr()).toContain('"msg":"daemon stopped"');
    expect(sleepers()).toEqual([]);
  });

  it('refuses to start on an invalid config, naming file, line and field', async () => {
    writeConfig({ 'a.yaml': 'name: x\ntype: service\nrun_mode: sometimes\ncommand: ["true"]\n' });
    const daemon = runMctl(['up', '--config-dir', configDir]);
    expect(await daemon.exited).toBe(1);
    expect(daemon.stderr()).toMatch(/a\.yaml:3:11 run_mode/);
  });
});
