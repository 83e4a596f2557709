// `npm run soak -- --minutes N [--devices 9500] [--daemons 3] [--interval 30] [--warmup 180]
//   [--history-limit 100] [--events-per-device 5]`
// (issue 10, R7): one controller (`mctl controller up`, embedded broker) under the fleet
// simulator at half the measured knee (19,000 devices, docs/benchmarks.md → 9,500) with
// state and reconnect churn, plus real device daemons (`mctl up`, own temp dirs, registered
// through the API) whose workloads crash every ~5 s and are restarted, and write up to ~40 KB/s of
// logs each (rotated). For N minutes it samples every `--interval` s, from outside: RSS and
// open fds of the controller and of every daemon, LMDB and data-dir sizes, the daemons' log
// dirs, the controller's event-loop lag (/metrics), the fleet's counters and the restarts of
// the daemons' workloads. At the end: churn off, quiesce, the fleet benchmark's loss check
// (every simulated device's last status, workload statuses and events in the controller),
// then a table, bench/results/soak-<time>.json and soak-<time>-samples.csv (written as the
// run goes, so a cut-off run leaves its samples). Drift is measured from the first sample
// after `--warmup` s (caches, LMDB maps and the broker's queues fill in the first minutes).
// Every process it starts is stopped at the end, on failure and on Ctrl-C; a watchdog ends
// the run at N minutes + 15 min whatever happens.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { killAll } from '../sim/harness/children.ts';
import { waitIngestedAll } from '../sim/harness/controller-drain.ts';
import { ControllerProcess, controllerSetup } from '../sim/harness/controller-process.ts';
import { LiveProbe } from '../sim/harness/live-probe.ts';
import { checkLoss, type LossReport } from '../sim/harness/loss-check.ts';
import { loadAverage } from '../sim/harness/proc-usage.ts';
import { registerFixture } from '../sim/harness/registry-fixture.ts';
import { SimGroup, sleep, sum } from '../sim/harness/sim-group.ts';
import { simDeviceName } from '../sim/options.ts';
import { RESULTS_DIR, round, writeResult } from '../stats.ts';
import { killWorkloadsOf, type RealDaemon, startDaemon, stopDaemon } from './daemons.ts';
import {
  csvHeader,
  csvRow,
  type DaemonPoint,
  mb,
  report,
  type Sample,
  summarize,
  trimAwareEvents,
} from './report.ts';
import { dirSize, openFds, rssAnonBytes, rssBytes } from './sampler.ts';

/** The fleet benchmark's knee on this machine (docs/benchmarks.md, fleet section). */
const KNEE = 19_000;
const INGESTED = 'mc_messages_ingested_total';

const log = (message: string) =>
  process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      minutes: { type: 'string', default: '60' },
      devices: { type: 'string', default: String(KNEE / 2) },
      daemons: { type: 'string', default: '3' },
      interval: { type: 'string', default: '30' },
      warmup: { type: 'string' },
      heartbeat: { type: 'string', default: '10' },
      workloads: { type: 'string', default: '10' },
      'churn-state': { type: 'string', default: '0.05' },
      'churn-reconnect': { type: 'string', default: '0.01' },
      'per-sim': { type: 'string', default: '5000' },
      'history-limit': { type: 'string', default: '100' },
      'events-per-device': { type: 'string', default: '5' },
    },
  });
  const num = (name: string, raw: string | undefined, min: number, max = Number.POSITIVE_INFINITY) => {
    const n = Number(raw);
    if (raw === undefined || !Number.isFinite(n) || n < min || n > max) {
      throw new Error(`--${name}: a number ${min}…${max}, got ${raw}`);
    }
    return n;
  };
  const minutes = num('minutes', values.minutes, 0.5, 24 * 60);
  return {
    minutes,
    devices: Math.round(num('devices', values.devices, 0, KNEE)),
    daemons: Math.round(num('daemons', values.daemons, 0, 20)),
    intervalS: num('interval', values.interval, 1),
    // Default: 3 minutes, or a quarter of a short run.
    warmupS: num('warmup', values.warmup ?? String(Math.min(180, (minutes * 60) / 4)), 0),
    heartbeatS: num('heartbeat', values.heartbeat, 0.1),
    workloads: Math.round(num('workloads', values.workloads, 1)),
    churnState: num('churn-state', values['churn-state'], 0),
    churnReconnect: num('churn-reconnect', values['churn-reconnect'], 0),
    perProcess: Math.round(num('per-sim', values['per-sim'], 1)),
    historyLimit: Math.round(num('history-limit', values['history-limit'], 1)),
    eventsPerDevice: Math.round(num('events-per-device', values['events-per-device'], 1)),
  };
}

export async function run(args: string[]): Promise<void> {
  const o = options(args);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  mkdirSync(RESULTS_DIR, { recursive: true });
  const csvFile = join(RESULTS_DIR, `soak-${stamp}-samples.csv`);
  const root = mkdtempSync(join(tmpdir(), 'mc-soak-'));
  const samples: Sample[] = [];
  const notes: string[] = [];
  const startedAt = new Date().toISOString();
  const loadBefore = loadAverage();
  let loss: LossReport | null = null;
  let events: ReturnType<typeof trimAwareEvents> | null = null;
  let drained: { ok: boolean; behind: number } | null = null;
  let phase = 'setup';
  let written = false;

  // Whatever happens, the workloads the daemons left and the temp dir go with us.
  process.once('exit', () => {
    killAll();
    killWorkloadsOf(root);
    rmSync(root, { recursive: true, force: true });
  });
  const summary = () => summarize(o, samples);
  const writeOut = (status: string): string | null => {
    if (written) return null;
    written = true;
    return writeResult('soak', {
      status,
      phase,
      options: o,
      started_at: startedAt,
      ended_at: new Date().toISOString(),
      load_before: loadBefore,
      load_after: loadAverage(),
      samples_csv: csvFile,
      notes,
      summary: summary(),
      drained,
      loss,
      events,
      samples,
    });
  };
  // Ctrl-C / kill: keep what was measured (children.ts stops the processes and exits).
  const onSignal = (signal: string) => {
    log(`${signal} during ${phase}: writing the samples so far`);
    notes.push(`interrupted by ${signal} during ${phase}`);
    const file = writeOut(`interrupted (${signal})`);
    if (file) log(`partial result: ${file}`);
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  const watchdog = setTimeout(
    () => {
      log('watchdog: the run overran N minutes + 15 min; stopping everything');
      notes.push(`watchdog fired during ${phase}`);
      writeOut('watchdog');
      process.exit(1);
    },
    (o.minutes + 15) * 60_000,
  );
  watchdog.unref();

  let controller: ControllerProcess | undefined;
  let group: SimGroup | undefined;
  const daemons: RealDaemon[] = [];
  let status = 'ok';
  try {
    log(`root ${root}; ${o.devices} simulated devices, ${o.daemons} real daemons, ${o.minutes} min`);
    const ctlDir = join(root, 'controller');
    mkdirSync(ctlDir);
    const setup = await controllerSetup(
      ctlDir,
      30,
      join(RESULTS_DIR, `soak-${stamp}-controller.log`),
      undefined,
      'sha256',
    );
    // Small retention bounds, so that the run reaches them and trimming is part of the soak
    // (the defaults, 1,000 events per device and 1,000 runs per workload, take hours).
    const yaml = parse(readFileSync(setup.configFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(setup.configFile, stringify({ ...yaml, events_per_device: o.eventsPerDevice }), {
      mode: 0o600,
    });
    const names = Array.from({ length: o.devices }, (_, i) => simDeviceName('sim-', i));
    const passwordFile = join(root, 'device-password');
    if (o.devices > 0) {
      const fixture = await registerFixture(join(setup.dataDir, 'registry'), names, 'sha256');
      writeFileSync(passwordFile, `${fixture.password}\n`, { mode: 0o600 });
    }
    controller = await ControllerProcess.start(setup);
    const ctl = controller;
    await ctl.metrics(); // the first scrape starts the controller's event-loop sampler

    phase = 'daemons';
    const daemonRoot = join(root, 'daemons');
    mkdirSync(daemonRoot);
    for (let i = 0; i < o.daemons; i++) {
      daemons.push(await startDaemon(ctl, daemonRoot, `soak-dev-${i}`, o.historyLimit));
      log(`daemon soak-dev-${i} ready (pid ${daemons.at(-1)?.tracked.pid})`);
    }

    if (o.devices > 0) {
      phase = 'fleet connect';
      group = new SimGroup({
        broker: ctl.mqttUrl,
        devices: o.devices,
        perProcess: o.perProcess,
        passwordFile,
        workloads: o.workloads,
        heartbeatS: o.heartbeatS,
        churnState: o.churnState,
        churnReconnect: o.churnReconnect,
        connectRate: 450,
        connectWindow: 128,
        quiet: true,
        reportS: 10,
      });
      const all = group;
      const connected = await all.waitFor((t) => t.connected >= o.devices, 300_000);
      if (!connected)
        throw new Error(`the fleet did not connect: ${sum(await all.reports()).connected}/${o.devices}`);
      log(`${o.devices} devices connected; announcing at 500/s`);
      all.send({ cmd: 'churn', on: false });
      all.activate(500);
      const absorbed = await waitIngestedAll(all, ctl, 180_000 + (o.devices / 500) * 1000);
      if (!absorbed.ok) notes.push(`announce burst not absorbed in time (${absorbed.behind} behind)`);
      all.send({ cmd: 'churn', on: true });
    }

    phase = 'soak';
    const t0 = Date.now();
    const end = t0 + o.minutes * 60_000;
    writeFileSync(csvFile, csvHeader(daemons.length));
    log(`soak for ${o.minutes} min, a sample every ${o.intervalS} s; samples → ${csvFile}`);
    const takeSample = async (): Promise<Sample> => {
      const m = await ctl.metrics().catch(() => null);
      const cData = dirSize(setup.dataDir);
      const fleet = group
        ? await group
            .reports(20_000)
            .then((r) => {
              const t = sum(r);
              return {
                connected: t.connected,
                offered: t.telemetry + t.wills,
                errors: t.errors,
                inflight: t.inflight,
                sim_rss: r.map((x) => x.rss_bytes),
              };
            })
            .catch((err: unknown) => {
              notes.push(`t=${round((Date.now() - t0) / 1000, 0)} s: ${String(err)}`);
              return null;
            })
        : null;
      const dPoints: DaemonPoint[] = [];
      for (const d of daemons) {
        const data = dirSize(d.dataDir);
        const logs = dirSize(d.logDir);
        const runs: Record<string, number> = {};
        try {
          const detail = await ctl.getJson<{
            device: { workloads: Array<{ name: string; run_count: number }> };
          }>(`/api/fleet/clients/${d.name}`);
          for (const w of detail.device.workloads) runs[w.name] = w.run_count;
        } catch {
          // the controller is busy; the next sample has it
        }
        dPoints.push({
          name: d.name,
          rss: rssBytes(d.tracked.pid),
          rss_anon: rssAnonBytes(d.tracked.pid),
          fds: openFds(d.tracked.pid),
          data_lmdb: data.lmdb_bytes,
          data_total: data.total_bytes,
          log_total: logs.total_bytes,
          log_files: logs.files,
          runs,
        });
      }
      const lagP99 = m?.get('mc_event_loop_lag_seconds{quantile="0.99"}');
      const lagMax = m?.get('mc_event_loop_lag_seconds{quantile="1"}');
      return {
        t_s: round((Date.now() - t0) / 1000, 0),
        at: new Date().toISOString(),
        load1: loadAverage(),
        controller: {
          rss: rssBytes(ctl.pid),
          rss_anon: rssAnonBytes(ctl.pid),
          fds: openFds(ctl.pid),
          lag_p99_ms: lagP99 === undefined ? null : round(lagP99 * 1000, 1),
          lag_max_ms: lagMax === undefined ? null : round(lagMax * 1000, 1),
          ingested: m?.get(INGESTED) ?? null,
          data_lmdb: cData.lmdb_bytes,
          data_total: cData.total_bytes,
        },
        daemons: dPoints,
        fleet,
      };
    };
    for (let next = t0; ; next += o.intervalS * 1000) {
      const wait = next - Date.now();
      if (wait > 0) await sleep(wait);
      const s = await takeSample();
      samples.push(s);
      appendFileSync(csvFile, csvRow(s));
      const d0 = s.daemons[0];
      log(
        `t=${s.t_s}s ctl rss ${mb(s.controller.rss)} MB fds ${s.controller.fds} lag p99 ${s.controller.lag_p99_ms} ms` +
          (d0
            ? `; ${d0.name} rss ${mb(d0.rss)} MB fds ${d0.fds} logs ${mb(d0.log_total)} MB crasher runs ${d0.runs.crasher ?? '?'}`
            : '') +
          (s.fleet ? `; fleet ${s.fleet.connected} connected` : '') +
          `; load ${s.load1}`,
      );
      if (
        !ctl.tracked.child.pid ||
        ctl.tracked.child.exitCode !== null ||
        ctl.tracked.child.signalCode !== null
      ) {
        throw new Error(`the controller exited: ${ctl.tracked.stderrTail()}`);
      }
      for (const d of daemons) {
        if (d.tracked.child.exitCode !== null || d.tracked.child.signalCode !== null) {
          throw new Error(`daemon ${d.name} exited: ${d.tracked.stderrTail()}`);
        }
      }
      if (Date.now() >= end) break;
    }

    if (group) {
      phase = 'loss check';
      log('churn off; quiesce; loss check');
      const all = group;
      all.send({ cmd: 'churn', on: false });
      const quiet = await all.waitFor(
        (t) => t.connected >= o.devices && t.inflight === 0 && t.pendingEvents === 0,
        60_000,
      );
      if (!quiet) notes.push('the fleet did not settle (connected, all acknowledged) within 60 s');
      drained = await waitIngestedAll(all, ctl, 90_000);
      if (!drained.ok) notes.push(`the controller was ${drained.behind} messages behind at the check`);
      await sleep(1000);
      const probe = await LiveProbe.connect(ctl.httpUrl, setup.token, 60_000);
      try {
        const dumps = await all.dumps();
        loss = await checkLoss(dumps, ctl, probe);
        events = trimAwareEvents(dumps, loss, o.eventsPerDevice, o.daemons);
      } finally {
        probe.close();
      }
    }
  } catch (err) {
    status = `failed during ${phase}: ${err instanceof Error ? err.message : String(err)}`;
    log(status);
    notes.push(status);
  } finally {
    phase = 'teardown';
    log('stopping the fleet, the daemons and the controller');
    await group?.stop().catch(() => {});
    await Promise.all(daemons.map((d) => stopDaemon(d).catch(() => {})));
    const leftovers = killWorkloadsOf(root);
    if (leftovers > 0) log(`killed ${leftovers} workload processes the daemons left`);
    await controller?.stop().catch(() => {});
    clearTimeout(watchdog);
  }
  const file = writeOut(status);
  report(o, samples, loss, drained, events);
  if (file) console.log(`\n${file}\n${csvFile}`);
  if (status !== 'ok') process.exitCode = 1;
}

await run(process.argv.slice(2));
