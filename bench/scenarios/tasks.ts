// `npm run bench -- tasks [--tasks 1000] [--paced 200] [--rate 20] [--parallel 8] [--devices 3]`:
// the fleet task queue end to end — a real controller process (embedded broker) and real
// `mctl up` daemons, each task a real child process (`true`) on a device. Two phases:
//   burst  --tasks submitted at once (50 concurrent POSTs at a time); tasks dispatched per
//          second (first to last ExecCmd sent, from the attempts' dispatched_ms) and finished
//          per second (first submission to last result), controller CPU while draining;
//   paced  --paced tasks submitted at --rate per second, below capacity: queue-to-start
//          latency p50/p99 (submission → ExecStarted handled, both on the controller's clock).
// Every task must succeed exactly once (no loss, no duplicate): checked, not assumed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Task } from '../../controller/tasks/types.ts';
import { spawnTracked, stopChild, type Tracked } from '../sim/harness/children.ts';
import { ControllerProcess, controllerSetup } from '../sim/harness/controller-process.ts';
import { loadAverage, ProcUsage } from '../sim/harness/proc-usage.ts';
import { percentile, printTable, RESULTS_DIR, round, writeResult } from '../stats.ts';

export const description =
  'fleet tasks on real daemons: dispatched/s (burst of `true`), queue-to-start p50/p99 (paced)';

const MCTL = fileURLToPath(new URL('../../bin/mctl.js', import.meta.url));
const log = (message: string) =>
  process.stderr.write(`[tasks ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      tasks: { type: 'string', default: '1000' },
      paced: { type: 'string', default: '200' },
      rate: { type: 'string', default: '20' },
      parallel: { type: 'string', default: '8' },
      devices: { type: 'string', default: '3' },
    },
  });
  const positive = (name: string, raw: string | undefined) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name}: a positive integer, got ${raw}`);
    return n;
  };
  return {
    tasks: positive('tasks', values.tasks),
    paced: positive('paced', values.paced),
    rate: positive('rate', values.rate),
    parallel: positive('parallel', values.parallel),
    devices: positive('devices', values.devices),
  };
}

type Options = ReturnType<typeof options>;

class Api {
  constructor(
    readonly ctl: ControllerProcess,
    readonly token: string,
  ) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.ctl.httpUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
    return JSON.parse(text) as T;
  }
}

/** Registers a device and starts its daemon; resolves once the daemon printed ready. */
async function startDaemon(api: Api, dir: string, name: string): Promise<Tracked> {
  const { password } = await api.call<{ password: string }>('POST', '/api/devices', {
    name,
    tags: ['bench'],
  });
  const configDir = join(dir, name);
  mkdirSync(configDir, { recursive: true });
  writeFileSync(
    join(configDir, 'daemon.yaml'),
    [
      `device_name: ${name}`,
      `data_dir: ${join(configDir, 'data')}`,
      `socket_path: ${join(configDir, 'mc.sock')}`,
      'fleet:',
      `  broker_url: ${api.ctl.mqttUrl}`,
      `  username: ${name}`,
      `  password: ${password}`,
      '  heartbeat_interval: 2',
      '  status_debounce_ms: 100',
      '',
    ].join('\n'),
  );
  let ready: (ok: boolean) => void = () => {};
  const up = new Promise<boolean>((resolve) => {
    ready = resolve;
  });
  const tracked = spawnTracked(
    process.execPath,
    [MCTL, 'up', '--config-dir', configDir, '--json', '--log-level', 'warn'],
    (line) => {
      if (line.includes('"ready"')) ready(true);
    },
  );
  void tracked.exited.then(() => ready(false));
  if (!(await up)) throw new Error(`daemon ${name} did not start: ${tracked.stderrTail()}`);
  return tracked;
}

async function waitOnline(api: Api, names: string[]): Promise<void> {
  const until = Date.now() + 30_000;
  for (;;) {
    const devices = await api.call<Array<{ name: string; health: string }>>('GET', '/api/devices');
    const online = devices.filter((d) => names.includes(d.name) && d.health === 'online').length;
    if (online === names.length) return;
    if (Date.now() > until) throw new Error(`only ${online}/${names.length} devices online`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function waitDrained(api: Api, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { counts } = await api.call<{ counts: Record<string, number> }>('GET', '/api/tasks?limit=1');
    if (counts.queued === 0 && counts.dispatching === 0 && counts.running === 0) return;
    if (Date.now() > until) throw new Error(`queue not drained: ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every task exactly one succeeded attempt, no duplicate report: the loss check. */
function check(tasks: Task[]): { succeeded: number; problems: string[] } {
  const problems: string[] = [];
  let succeeded = 0;
  for (const t of tasks) {
    const ok = t.attempts.filter((a) => a.state === 'succeeded').length;
    if (t.state === 'succeeded' && ok === 1 && t.duplicates.length === 0) succeeded++;
    else problems.push(`${t.id}: ${t.state}, ${ok} successes, ${t.duplicates.length} duplicates`);
  }
  return { succeeded, problems };
}

async function fetchAll(api: Api, ids: string[]): Promise<Task[]> {
  const out: Task[] = [];
  for (let i = 0; i < ids.length; i += 50) {
    out.push(
      ...(await Promise.all(ids.slice(i, i + 50).map((id) => api.call<Task>('GET', `/api/tasks/${id}`)))),
    );
  }
  return out;
}

async function burst(api: Api, o: Options, usage: ProcUsage) {
  const body = { argv: ['true'], max_parallel_per_device: o.parallel };
  usage.reset();
  const t0 = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < o.tasks; i += 50) {
    const n = Math.min(50, o.tasks - i);
    const batch = await Promise.all(
      Array.from({ length: n }, () => api.call<Task>('POST', '/api/tasks', body)),
    );
    ids.push(...batch.map((t) => t.id));
  }
  const submitS = (performance.now() - t0) / 1000;
  await waitDrained(api, 300_000);
  const cpu = usage.sample()?.cpu_percent ?? null;
  const tasks = await fetchAll(api, ids);
  const dispatched = tasks.map((t) => t.attempts[0]?.dispatched_ms ?? Number.NaN).sort((a, b) => a - b);
  const created = Math.min(...tasks.map((t) => t.created_ms));
  const finished = Math.max(...tasks.map((t) => t.finished_ms ?? 0));
  const dispatchSpanS = ((dispatched[dispatched.length - 1] ?? 0) - (dispatched[0] ?? 0)) / 1000;
  const totalS = (finished - created) / 1000;
  const perDevice: Record<string, number> = {};
  for (const t of tasks) perDevice[t.result?.device ?? '-'] = (perDevice[t.result?.device ?? '-'] ?? 0) + 1;
  return {
    tasks: o.tasks,
    submit_s: round(submitS),
    submitted_per_s: round(o.tasks / submitS, 1),
    dispatched_per_s: round(o.tasks / dispatchSpanS, 1),
    finished_per_s: round(o.tasks / totalS, 1),
    drain_s: round(totalS),
    controller_cpu_percent: cpu === null ? null : round(cpu, 1),
    per_device: perDevice,
    ...check(tasks),
  };
}

async function paced(api: Api, o: Options) {
  const ids: string[] = [];
  const gapMs = 1000 / o.rate;
  const t0 = performance.now();
  const posts: Promise<void>[] = [];
  for (let i = 0; i < o.paced; i++) {
    const due = t0 + i * gapMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    posts.push(
      api
        .call<Task>('POST', '/api/tasks', { argv: ['true'], max_parallel_per_device: o.parallel })
        .then((t) => {
          ids.push(t.id);
        }),
    );
  }
  await Promise.all(posts);
  await waitDrained(api, 120_000);
  const tasks = await fetchAll(api, ids);
  const latencies = tasks.map((t) => (t.started_ms ?? Number.NaN) - t.created_ms);
  const run = tasks.map((t) => t.result?.duration_ms ?? Number.NaN);
  const endToEnd = tasks.map((t) => (t.finished_ms ?? Number.NaN) - t.created_ms);
  return {
    tasks: o.paced,
    rate_per_s: o.rate,
    queue_to_start_p50_ms: round(percentile(latencies, 50), 1),
    queue_to_start_p99_ms: round(percentile(latencies, 99), 1),
    queue_to_start_max_ms: round(percentile(latencies, 100), 1),
    run_p50_ms: round(percentile(run, 50), 1),
    submit_to_result_p50_ms: round(percentile(endToEnd, 50), 1),
    submit_to_result_p99_ms: round(percentile(endToEnd, 99), 1),
    ...check(tasks),
  };
}

export async function run(args: string[]): Promise<void> {
  const o = options(args);
  const dir = mkdtempSync(join(tmpdir(), 'mc-bench-tasks-'));
  const setup = await controllerSetup(dir, 30, join(RESULTS_DIR, 'tasks-controller.log'));
  const daemons: Tracked[] = [];
  let ctl: ControllerProcess | undefined;
  try {
    const load = { start: loadAverage() };
    ctl = await ControllerProcess.start(setup);
    const api = new Api(ctl, setup.token);
    const names = Array.from({ length: o.devices }, (_, i) => `bench-${i + 1}`);
    for (const name of names) daemons.push(await startDaemon(api, dir, name));
    await waitOnline(api, names);
    // The queue places nothing in its first seconds after a start (devices settle).
    await new Promise((r) => setTimeout(r, 3500));
    log(`controller + ${o.devices} daemons up; warm-up`);
    await api.call('POST', '/api/tasks', { argv: ['true'] });
    await waitDrained(api, 30_000);

    log(`burst: ${o.tasks} tasks`);
    const b = await burst(api, o, new ProcUsage(ctl.pid));
    log(`paced: ${o.paced} tasks at ${o.rate}/s`);
    const p = await paced(api, o);
    const result = { options: o, load_avg_1m: { start: load.start, end: loadAverage() }, burst: b, paced: p };
    printTable('fleet tasks — burst', [
      {
        tasks: b.tasks,
        'submitted/s': b.submitted_per_s,
        'dispatched/s': b.dispatched_per_s,
        'finished/s': b.finished_per_s,
        'drain s': b.drain_s,
        'ctl CPU %': b.controller_cpu_percent ?? '-',
        'ok (1 success)': `${b.succeeded}/${b.tasks}`,
      },
    ]);
    printTable('fleet tasks — paced (below capacity)', [
      {
        tasks: p.tasks,
        'rate/s': p.rate_per_s,
        'queue→start p50 ms': p.queue_to_start_p50_ms,
        'p99 ms': p.queue_to_start_p99_ms,
        'max ms': p.queue_to_start_max_ms,
        'run p50 ms': p.run_p50_ms,
        'submit→result p50 ms': p.submit_to_result_p50_ms,
        'ok (1 success)': `${p.succeeded}/${p.tasks}`,
      },
    ]);
    console.log(`\nload average (1 min): ${result.load_avg_1m.start} → ${result.load_avg_1m.end}`);
    for (const problem of [...b.problems, ...p.problems].slice(0, 10)) console.log(`PROBLEM ${problem}`);
    console.log(`\nresult: ${writeResult('tasks', result)}`);
    if (b.problems.length + p.problems.length > 0) process.exitCode = 1;
  } finally {
    await Promise.all(daemons.map((d) => stopChild(d, 5000)));
    if (ctl) await ctl.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
