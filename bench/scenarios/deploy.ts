// `npm run bench -- deploy [--devices 100] [--batch 10] [--min-healthy 2] [--bundle-kb 64]`:
// a rolling deployment to simulated devices (bench/sim, one process, speaking the contract —
// each device follows mc/{d}/desired with bench/sim/desired.ts: fetches the retained bundle,
// verifies its sha256, restarts its workloads and reports the release in its status) through
// a real controller process with its embedded broker. Measures the end-to-end time from
// POST /api/fleet/deployments to `completed` (goal ≤ 60 s for 100 devices, batch 10,
// min_healthy_time 2 s) and the bytes on the wire, from the kernel's per-socket counters
// (`ss -ti`: bytes_sent / bytes_received of every connection to the broker port), split
// into broker → devices, devices → broker and the controller's own connection.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Deployment } from '../../controller/deploy/types.ts';
import { ControllerProcess, controllerSetup } from '../sim/harness/controller-process.ts';
import { hotFunctions } from '../sim/harness/cpu-profile.ts';
import { loadAverage, ProcUsage } from '../sim/harness/proc-usage.ts';
import { registerFixture } from '../sim/harness/registry-fixture.ts';
import { SimProcess } from '../sim/harness/sim-process.ts';
import { simDeviceName } from '../sim/options.ts';
import { printTable, RESULTS_DIR, round, writeResult } from '../stats.ts';

export const description =
  'rolling deploy to simulated devices (batch 10, min_healthy_time 2 s): end-to-end time, bytes on the wire';

const FINAL = new Set(['completed', 'failed', 'rolled_back', 'cancelled']);
const log = (message: string) =>
  process.stderr.write(`[deploy ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

const USAGE = `npm run bench -- deploy [--devices 100] [--batch 10] [--min-healthy 2] [--deadline 30]
  [--bundle-kb 64] [--workloads 5] [--heartbeat 10]

--devices     simulated devices (one simulator process)       --batch        batch_size
--min-healthy min_healthy_time, s                             --deadline     healthy_deadline, s
--bundle-kb   size of the release's program file, KiB         --workloads    workloads per device
--heartbeat   the simulated devices' heartbeat interval, s
--profile     run the controller under node --cpu-prof; print its hottest functions (whole run)`;

function options(args: string[]) {
  if (args.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const { values } = parseArgs({
    args,
    options: {
      devices: { type: 'string', default: '100' },
      batch: { type: 'string', default: '10' },
      'min-healthy': { type: 'string', default: '2' },
      deadline: { type: 'string', default: '30' },
      'bundle-kb': { type: 'string', default: '64' },
      workloads: { type: 'string', default: '5' },
      heartbeat: { type: 'string', default: '10' },
      profile: { type: 'boolean', default: false },
    },
  });
  const positive = (name: string, raw: string | undefined) => {
    const n = Number(raw);
    if (!(n > 0)) throw new Error(`--${name}: a positive number, got ${raw}`);
    return n;
  };
  return {
    devices: positive('devices', values.devices),
    batch: positive('batch', values.batch),
    minHealthyS: positive('min-healthy', values['min-healthy']),
    deadlineS: positive('deadline', values.deadline),
    bundleKb: positive('bundle-kb', values['bundle-kb']),
    workloads: positive('workloads', values.workloads),
    heartbeatS: positive('heartbeat', values.heartbeat),
    profile: values.profile === true,
  };
}

type Options = ReturnType<typeof options>;

/** Bytes of one TCP connection to the broker, seen from the broker's side. */
interface SocketBytes {
  /** broker → peer */
  sent: number;
  /** peer → broker */
  received: number;
  /** Of `sent`, bytes the kernel sent again (TCP retransmissions). */
  retrans: number;
}

/** Every established connection to the broker port, by peer port (kernel tcp_info counters). */
function brokerSockets(port: number): Map<number, SocketBytes> {
  const out = execFileSync('ss', ['-tinH', 'state', 'established', `( sport = :${port} )`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const sockets = new Map<number, SocketBytes>();
  let peer: number | undefined;
  for (const line of out.split('\n')) {
    if (!/^\s/.test(line)) {
      // "Recv-Q Send-Q Local:Port Peer:Port": the peer port ends the line.
      const m = /:(\d+)\s*$/.exec(line.trim());
      peer = m ? Number(m[1]) : undefined;
      continue;
    }
    if (peer === undefined) continue;
    const sent = /bytes_sent:(\d+)/.exec(line);
    const received = /bytes_received:(\d+)/.exec(line);
    const retrans = /bytes_retrans:(\d+)/.exec(line);
    sockets.set(peer, {
      sent: Number(sent?.[1] ?? 0),
      received: Number(received?.[1] ?? 0),
      retrans: Number(retrans?.[1] ?? 0),
    });
  }
  return sockets;
}

/** Local ports of the controller's own MQTT connection(s) to its embedded broker. */
function controllerClientPorts(port: number, pid: number): Set<number> {
  const out = execFileSync('ss', ['-tnpH', 'state', 'established', `( dport = :${port} )`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ports = new Set<number>();
  for (const line of out.split('\n')) {
    if (!line.includes(`pid=${pid},`)) continue;
    const m = /^\s*\d+\s+\d+\s+\S+:(\d+)\s/.exec(line);
    if (m) ports.add(Number(m[1]));
  }
  return ports;
}

interface Traffic {
  to_devices: number;
  from_devices: number;
  controller_out: number;
  controller_in: number;
  total: number;
  /** Broker → devices bytes sent twice by TCP (included in to_devices). */
  to_devices_retransmitted: number;
}

/** What flowed between two snapshots; connections that came or went count from zero. */
function traffic(
  before: Map<number, SocketBytes>,
  after: Map<number, SocketBytes>,
  controller: Set<number>,
): Traffic {
  const t: Traffic = {
    to_devices: 0,
    from_devices: 0,
    controller_out: 0,
    controller_in: 0,
    total: 0,
    to_devices_retransmitted: 0,
  };
  for (const [peer, now] of after) {
    const was = before.get(peer) ?? { sent: 0, received: 0, retrans: 0 };
    const sent = now.sent - was.sent;
    const received = now.received - was.received;
    if (controller.has(peer)) {
      t.controller_out += received;
      t.controller_in += sent;
    } else {
      t.to_devices += sent;
      t.from_devices += received;
      t.to_devices_retransmitted += now.retrans - was.retrans;
    }
    t.total += sent + received;
  }
  return t;
}

/** A release of `workloads` services plus one program padded to about `kb` KiB (incompressible). */
function releaseBody(version: string, o: Options) {
  const files = Array.from({ length: o.workloads }, (_, i) => ({
    path: `w${String(i).padStart(2, '0')}.yaml`,
    content_base64: Buffer.from(
      `name: w${String(i).padStart(2, '0')}\ntype: service\nrun_mode: forever\ncommand: node app.js\n`,
    ).toString('base64'),
  }));
  const program = Buffer.alloc(Math.round(o.bundleKb * 1024));
  for (let i = 0; i < program.length; i++) program[i] = (i * 2_654_435_761) >>> 24;
  files.push({ path: 'app.js', content_base64: program.toString('base64') });
  return { version, notes: 'bench deploy', files };
}

async function call<T>(ctl: ControllerProcess, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${ctl.httpUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${ctl.setup.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function run(args: string[]): Promise<void> {
  const o = options(args);
  const started = new Date().toISOString();
  const machine = { cpus: cpus().length, load_avg_at_start: loadAverage() };
  const dir = mkdtempSync(join(tmpdir(), 'mc-bench-deploy-'));
  const names = Array.from({ length: o.devices }, (_, i) => simDeviceName('sim-', i));
  let ctl: ControllerProcess | undefined;
  let sim: SimProcess | undefined;
  try {
    // sha256 device passwords (controller.yaml device_password_hash): enrollment is not what
    // this measures, and scrypt would spend ~20 ms of controller CPU per device connecting.
    const logFile = join(RESULTS_DIR, `deploy-controller-${Date.now()}.log`);
    const profileDir = o.profile ? join(RESULTS_DIR, `deploy-profile-${Date.now()}`) : undefined;
    const setup = await controllerSetup(dir, 30, logFile, profileDir, 'sha256');
    const fixture = await registerFixture(join(setup.dataDir, 'registry'), names, 'sha256');
    const passwordFile = join(dir, 'device-password');
    writeFileSync(passwordFile, `${fixture.password}\n`, { mode: 0o600 });
    ctl = await ControllerProcess.start(setup);
    const c = ctl;
    log(`controller up; ${o.devices} simulated devices connecting`);
    sim = new SimProcess({
      id: 'sim-0',
      broker: c.mqttUrl,
      devices: o.devices,
      offset: 0,
      passwordFile,
      workloads: o.workloads,
      heartbeatS: o.heartbeatS,
      churnState: 0,
      churnReconnect: 0,
      connectRate: 200,
      connectWindow: 64,
      quiet: false,
      reportS: 1,
    });
    const s = sim;
    await until(
      'every device online at the controller',
      async () => {
        const m = await c.metrics();
        return (m.get('mc_devices{health="online"}') ?? 0) >= o.devices;
      },
      120_000,
    );
    const usage = new ProcUsage(c.pid);
    const ctlPorts = controllerClientPorts(setup.mqttPort, c.pid);
    if (ctlPorts.size === 0) throw new Error('the controller has no MQTT connection to its broker?');
    const before = brokerSockets(setup.mqttPort);
    const tUpload = performance.now();
    const meta = await call<{ sha256: string; size_bytes: number }>(
      c,
      'POST',
      '/api/releases',
      releaseBody('bench-1', o),
    );
    const tCreate = performance.now();
    const created = await call<Deployment>(c, 'POST', '/api/fleet/deployments', {
      version: 'bench-1',
      tag: 'sim',
      batch_size: o.batch,
      min_healthy_time: o.minHealthyS,
      health_check_timeout: o.deadlineS,
    });
    log(`deployment ${created.id}: ${created.batches.length} batches of ${o.batch}`);
    let end: Deployment | undefined;
    let lastBatch = -1;
    const batchDone: number[] = [];
    await until(
      'the deployment to end',
      async () => {
        end = await call<Deployment>(c, 'GET', `/api/fleet/deployments/${created.id}`);
        for (; lastBatch < end.current_batch - 1; lastBatch++) batchDone.push(performance.now() - tCreate);
        return FINAL.has(end.status);
      },
      o.devices * 10_000,
    );
    const tEnd = performance.now();
    const cpu = usage.sample();
    const after = brokerSockets(setup.mqttPort);
    const bytes = traffic(before, after, ctlPorts);
    s.requestReport();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const d = end as Deployment;
    const switched = s.latest?.desired.switched ?? 0;
    const bundleBytes = s.latest?.desired.bundleBytes ?? 0;
    const e2eS = (tEnd - tCreate) / 1000;
    const floorS = created.batches.length * o.minHealthyS;
    const result = {
      deployment: { id: d.id, status: d.status, error: d.error, batches: d.batches.length },
      devices: o.devices,
      upload_ms: round(tCreate - tUpload, 0),
      end_to_end_s: round(e2eS, 2),
      floor_s: floorS,
      overhead_per_batch_s: round((e2eS - floorS) / d.batches.length, 3),
      batch_done_s: batchDone.map((ms) => round(ms / 1000, 2)),
      bundle: {
        sha256: meta.sha256,
        files_bytes: meta.size_bytes,
        wire_bytes: bundleBytes / (switched || 1),
      },
      sim: { switched, refused: s.latest?.desired.refused ?? 0, bundles: s.latest?.desired.bundles ?? 0 },
      bytes,
      controller_cpu_percent: cpu?.cpu_percent === null || !cpu ? null : round(cpu.cpu_percent, 1),
      controller_rss_mb: cpu ? round(cpu.rss_bytes / 1024 / 1024, 0) : null,
      load_avg_end: loadAverage(),
    };
    const kib = (n: number) => round(n / 1024, 1);
    printTable(
      `Rolling deploy: ${o.devices} simulated devices, batch ${o.batch}, min_healthy_time ${o.minHealthyS} s, bundle ${kib(meta.size_bytes)} KiB`,
      [
        {
          status: d.status,
          'end-to-end s': result.end_to_end_s,
          'floor s (batches × min_healthy)': floorS,
          'overhead/batch s': result.overhead_per_batch_s,
          switched: `${switched}/${o.devices}`,
          'to devices KiB': kib(bytes.to_devices),
          'from devices KiB': kib(bytes.from_devices),
          'controller out/in KiB': `${kib(bytes.controller_out)}/${kib(bytes.controller_in)}`,
          'total KiB': kib(bytes.total),
          'ctl CPU %': result.controller_cpu_percent ?? '-',
        },
      ],
    );
    console.log(
      `\nbundles received ${kib(bundleBytes)} KiB (${switched} × ${kib(result.bundle.wire_bytes)} KiB); upload ${result.upload_ms} ms; load average ${result.load_avg_end}`,
    );
    let hot: ReturnType<typeof hotFunctions> | undefined;
    if (profileDir) {
      await c.stop(); // V8 writes the profile at exit
      ctl = undefined;
      hot = hotFunctions(profileDir);
      printTable(
        'Controller CPU by function, whole run (self time)',
        hot.map((h) => ({ ...h })),
      );
    }
    console.log(
      `result: ${writeResult('deploy', { started, options: o, machine, result, hot_functions: hot })}`,
    );
    if (d.status !== 'completed') process.exitCode = 1;
  } finally {
    await sim?.stop();
    await ctl?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
