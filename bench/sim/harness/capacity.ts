// How many devices one simulator process sustains: the generator alone against a plain
// broker (`mctl broker up`: LevelDB persistence, loopback authorizer, so no scrypt and no
// controller), at the benchmark's load (heartbeat 10 s, churn). The simulator's CPU, RSS and
// event-loop delay tell whether it, rather than the system under test, would be the limit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { round } from '../../stats.ts';
import { spawnTracked, stopChild } from './children.ts';
import { SimGroup, sleep, sum } from './sim-group.ts';

const MCTL = fileURLToPath(new URL('../../../bin/mctl.js', import.meta.url));

export interface CapacityRow {
  devices: number;
  connected: number;
  connect_s: number | null;
  msgs_per_s: number;
  sim_cpu_mean_percent: number;
  sim_cpu_max_percent: number;
  sim_rss_mb: number;
  sim_loop_p99_max_ms: number;
}

export interface CapacitySettings {
  heartbeatS: number;
  workloads: number;
  churnState: number;
  churnReconnect: number;
  sampleS: number;
  log: (message: string) => void;
}

export async function measureCapacity(devices: number, s: CapacitySettings): Promise<CapacityRow> {
  const dir = mkdtempSync(join(tmpdir(), 'mc-bench-simcap-'));
  let url = '';
  const broker = spawnTracked(
    process.execPath,
    [MCTL, 'broker', 'up', '--port', '0', '--json', '--data-dir', join(dir, 'broker')],
    (line) => {
      if (line.includes('"listening"')) url = (JSON.parse(line) as { mqtt: string }).mqtt;
    },
    { cwd: dir },
  );
  let group: SimGroup | undefined;
  try {
    for (let i = 0; i < 300 && !url; i++) await sleep(100);
    if (!url) throw new Error(`broker did not start: ${broker.stderrTail()}`);
    const passwordFile = join(dir, 'pw');
    writeFileSync(passwordFile, 'unused-by-the-loopback-authorizer\n');
    group = new SimGroup({
      broker: url,
      devices,
      perProcess: devices,
      passwordFile,
      workloads: s.workloads,
      heartbeatS: s.heartbeatS,
      churnState: s.churnState,
      churnReconnect: s.churnReconnect,
      connectRate: 400,
      connectWindow: 256,
      quiet: true,
      reportS: 5,
    });
    const g = group;
    const connected = await g.waitFor((t) => t.connected >= devices, 120_000);
    const afterConnect = sum(await g.reports());
    const connectS = connected ? round((Date.now() - afterConnect.started) / 1000, 1) : null;
    s.log(`simulator capacity ${devices}: ${afterConnect.connected} connected; activating`);
    g.send({ cmd: 'activate' });
    await g.waitFor((t) => t.inflight === 0, 120_000);
    await sleep(5000);
    const sim = g.sims[0];
    if (!sim) throw new Error('no simulator');
    const first = sim.reports.length;
    const before = sum(await g.reports());
    await sleep(s.sampleS * 1000);
    const after = sum(await g.reports());
    const window = sim.reports.slice(first + 1);
    const cpu = window.map((r) => r.cpu_percent);
    return {
      devices,
      connected: after.connected,
      connect_s: connectS,
      msgs_per_s: round((after.telemetry - before.telemetry) / s.sampleS, 0),
      sim_cpu_mean_percent: round(cpu.reduce((a, b) => a + b, 0) / Math.max(1, cpu.length), 1),
      sim_cpu_max_percent: Math.max(0, ...cpu),
      sim_rss_mb: round(Math.max(0, ...window.map((r) => r.rss_bytes)) / 1024 / 1024, 0),
      sim_loop_p99_max_ms: Math.max(0, ...window.map((r) => r.loop_p99_ms)),
    };
  } finally {
    await group?.stop().catch(() => {});
    await stopChild(broker, 10_000);
    rmSync(dir, { recursive: true, force: true });
  }
}
