// `npm run bench -- fleet [--devices 1000,2000,5000,10000,19000] [--duration 30] [--budget 900]`
// (formerly `ingest`): how many simulated devices (bench/sim, separate processes speaking the real contract) one
// controller with its embedded broker holds at heartbeat 10 s with state churn, with 0 loss
// and status→live-feed p99 ≤ 1 s. Each fleet size runs on a fresh controller (see
// bench/sim/harness/ingest-step.ts for the phases); the ladder stops at the first size that
// does not hold, and steps further up (×1.5) while the time budget allows. Every size pays
// its own cold connect: with `--password-hash sha256` (default; controller.yaml
// device_password_hash) at the simulators' pace (450 CONNECTs/s), with scrypt ~55/s.
// `--announce-rate 500` paces the devices' first announce (devices/s; 0 = all at once).
// `--commands 300` times that many command round trips in the second half of each window.
// Writes bench/results/fleet-<time>.json and fleet-<time>.svg (p99 and RSS against N).
// `--sim-capacity 10000,19000` instead measures the simulator alone against a plain broker;
// `--profile` runs the controller under `node --cpu-prof` and prints its hottest functions.
// `--broker embedded,mosquitto` runs every size against each broker in turn, in the same run:
// the embedded one, and Debian's Mosquitto with the controller as its client (scale-out,
// bench/sim/harness/mosquitto-broker.ts; docs/broker.md); the table then adds Mosquitto ÷
// embedded ratios per size. Default: embedded only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareBrokers } from '../sim/harness/broker-compare.ts';
import { measureCapacity } from '../sim/harness/capacity.ts';
import { controllerFileLimit } from '../sim/harness/controller-process.ts';
import { runStep } from '../sim/harness/ingest-step.ts';
import { kneeChart } from '../sim/harness/knee-chart.ts';
import { loadAverage } from '../sim/harness/proc-usage.ts';
import { BROKER_KINDS, type BrokerKind, type StepResult } from '../sim/harness/step-result.ts';
import { printTable, RESULTS_DIR, round, writeResult } from '../stats.ts';

export const description =
  'fleet ladder: simulated devices at heartbeat 10 s with churn — loss, status→live p99, CPU, RSS, connect';

/**
 * Each device is one loopback connection to the broker port: at most the 28,232 ephemeral
 * ports (32768–60999) less a margin, and the controller's open-file limit less ~1,000 for
 * its own files (20,000 per process on this VM unless root raises it: controller-process.ts).
 */
const MAX_DEVICES = Math.min(27_000, Math.floor((controllerFileLimit() - 1_000) / 1_000) * 1_000);
/** Before any measurement: scrypt verifications per second on this machine (docs/security.md). */
const GUESSED_CONNECTS_PER_S = 50;
/** With SHA-256 password hashes the simulators' own pacing (400 CONNECTs/s) bounds it. */
const guessedConnectsPerS = (o: { passwordHash: string }) =>
  o.passwordHash === 'sha256' ? 300 : GUESSED_CONNECTS_PER_S;
/** Step overhead besides connect and the window: start, absorb, warm-up, quiesce, check, stop. */
const STEP_OVERHEAD_S = 25;

const log = (message: string) =>
  process.stderr.write(`[fleet ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function list(raw: string | undefined, name: string): number[] {
  const values = (raw ?? '').split(',').map((v) => Number(v.trim()));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v < 1 || v > MAX_DEVICES)) {
    throw new Error(`--${name}: comma-separated device counts 1…${MAX_DEVICES}, got ${raw}`);
  }
  return values;
}

function passwordHash(raw: string | undefined): 'scrypt' | 'sha256' {
  if (raw === 'scrypt' || raw === 'sha256') return raw;
  throw new Error(`--password-hash: scrypt or sha256, got ${raw}`);
}

function brokers(raw: string | undefined): BrokerKind[] {
  const values = (raw ?? '').split(',').map((v) => v.trim());
  const bad = values.filter((v) => !(BROKER_KINDS as readonly string[]).includes(v));
  if (values.length === 0 || bad.length > 0 || new Set(values).size !== values.length) {
    throw new Error(`--broker: comma-separated, each once, of ${BROKER_KINDS.join(', ')}; got ${raw}`);
  }
  return values as BrokerKind[];
}

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      devices: { type: 'string', default: '1000,2000,5000,10000,19000' },
      duration: { type: 'string', default: '30' },
      budget: { type: 'string', default: '900' },
      commands: { type: 'string', default: '300' },
      heartbeat: { type: 'string', default: '10' },
      workloads: { type: 'string', default: '10' },
      'churn-state': { type: 'string', default: '0.05' },
      'churn-reconnect': { type: 'string', default: '0.01' },
      'per-sim': { type: 'string', default: '5000' },
      'stale-after': { type: 'string', default: '30' },
      'announce-rate': { type: 'string', default: '500' },
      'no-extend': { type: 'boolean', default: false },
      'sim-capacity': { type: 'string' },
      profile: { type: 'boolean', default: false },
      'password-hash': { type: 'string', default: 'sha256' },
      broker: { type: 'string', default: 'embedded' },
      'connect-rate': { type: 'string', default: '450' },
    },
  });
  const connectRate = Number(values['connect-rate']);
  if (!(connectRate > 0))
    throw new Error(`--connect-rate: CONNECTs per second > 0, got ${values['connect-rate']}`);
  return {
    ladder: list(values.devices, 'devices'),
    durationS: Number(values.duration),
    budgetS: Number(values.budget),
    heartbeatS: Number(values.heartbeat),
    workloads: Number(values.workloads),
    churnState: Number(values['churn-state']),
    churnReconnect: Number(values['churn-reconnect']),
    perProcess: Number(values['per-sim']),
    staleAfterS: Number(values['stale-after']),
    announceRate: Number(values['announce-rate']),
    commands: Number(values.commands),
    extend: !values['no-extend'],
    simCapacity: values['sim-capacity'] ? list(values['sim-capacity'], 'sim-capacity') : null,
    profile: values.profile === true,
    passwordHash: passwordHash(values['password-hash']),
    brokers: brokers(values.broker),
    connectRate,
  };
}

type Options = ReturnType<typeof options>;

/** Seconds a step of `n` devices is expected to take, from what the previous step measured. */
function estimateS(n: number, o: Options, previous: StepResult | undefined): number {
  const rate = previous?.connect_per_s ?? Math.min(o.connectRate, guessedConnectsPerS(o));
  const absorb = Math.max(
    previous?.absorb_s ? (previous.absorb_s * n) / previous.devices : n / 1000,
    o.announceRate > 0 ? n / o.announceRate : 0,
  );
  return n / rate + absorb + o.durationS + STEP_OVERHEAD_S;
}

/**
 * Every size of the ladder, against each broker in turn (side by side: the same size meets
 * the machine in the same state for each). A broker whose step does not hold is not run at
 * larger sizes; the others go on. With one broker the ladder extends ×1.5 past its top while
 * the budget allows.
 */
async function runLadder(o: Options): Promise<StepResult[]> {
  const deadline = Date.now() + o.budgetS * 1000;
  const results: StepResult[] = [];
  const planned = [...o.ladder];
  const stopped = new Set<BrokerKind>();
  const previousOf = (b: BrokerKind) => results.filter((r) => r.broker.kind === b).at(-1);
  for (let i = 0; i < planned.length; i++) {
    const n = planned[i] as number;
    const queue = o.brokers.filter((b) => !stopped.has(b));
    if (queue.length === 0) break;
    for (let j = 0; j < queue.length; j++) {
      const broker = queue[j] as BrokerKind;
      const previous = previousOf(broker);
      const remainingS = (deadline - Date.now()) / 1000;
      const estimate = estimateS(n, o, previous);
      if (estimate > remainingS) {
        log(
          `${n} (${broker}): not run — needs ~${round(estimate, 0)} s, ${round(remainingS, 0)} s of the budget left`,
        );
        stopped.add(broker);
        continue;
      }
      // What comes next: the next broker at this size, or the first at the next size.
      const nextN = j + 1 < queue.length ? n : planned[i + 1];
      const nextBroker = j + 1 < queue.length ? queue[j + 1] : queue[0];
      const nextEstimate =
        nextN === undefined || nextBroker === undefined ? 0 : estimateS(nextN, o, previousOf(nextBroker));
      const afterStepS = remainingS - estimate;
      const restartBudgetS = afterStepS - (nextEstimate <= afterStepS ? nextEstimate : 0);
      const connectRate = previous?.connect_per_s ?? Math.min(o.connectRate, guessedConnectsPerS(o));
      const result = await runStep({
        devices: n,
        broker,
        connectRate: o.connectRate,
        durationS: o.durationS,
        heartbeatS: o.heartbeatS,
        workloads: o.workloads,
        churnState: o.churnState,
        churnReconnect: o.churnReconnect,
        staleAfterS: o.staleAfterS,
        perProcess: o.perProcess,
        announceRate: o.announceRate,
        passwordHash: o.passwordHash,
        commands: o.commands,
        // The connect may use what the budget leaves after the rest of the step.
        connectDeadline: deadline - (estimate - n / connectRate) * 1000,
        restartBudgetMs: Math.max(0, restartBudgetS) * 1000,
        ...(o.profile ? { profileDir: join(RESULTS_DIR, `fleet-profile-${n}-${Date.now()}`) } : {}),
        logFile: join(RESULTS_DIR, `fleet-controller-${broker}-${n}-${Date.now()}.log`),
        log: (m) => log(o.brokers.length > 1 ? `[${broker}] ${m}` : m),
      });
      results.push(result);
      log(`${n} (${broker}): ${result.verdict}${result.reason ? ` (${result.reason})` : ''}`);
      if (result.verdict !== 'held') stopped.add(broker);
    }
    if (i === planned.length - 1 && o.extend && o.brokers.length === 1 && stopped.size === 0) {
      const up = Math.min(MAX_DEVICES, Math.round((n * 1.5) / 1000) * 1000);
      if (up > n) planned.push(up);
    }
  }
  return results;
}

function row(r: StepResult, withBroker: boolean): Record<string, string | number> {
  const l = r.loss;
  const dash = (v: number | null | undefined) => (v === null || v === undefined ? '-' : v);
  const b = r.broker;
  return {
    devices: r.devices,
    ...(withBroker ? { broker: b.kind } : {}),
    verdict: r.verdict,
    lost: l ? l.lost : '-',
    'online/N': l ? `${l.online_api}/${r.devices}` : '-',
    events: l ? `${l.events_stored}/${l.events_sent}` : '-',
    'p50 ms': dash(r.latency_ms.p50),
    'p99 ms': dash(r.latency_ms.p99),
    'ctl CPU % mean/max': `${dash(r.controller.cpu_mean_percent)}/${dash(r.controller.cpu_max_percent)}`,
    'ctl RSS MB': dash(r.controller.rss_max_mb),
    ...(withBroker
      ? {
          'broker CPU % mean/max':
            b.kind === 'embedded' ? 'in ctl' : `${dash(b.cpu_mean_percent)}/${dash(b.cpu_max_percent)}`,
          'broker RSS MB': b.kind === 'embedded' ? 'in ctl' : dash(b.rss_max_mb),
        }
      : {}),
    'loop lag p99 ms': dash(r.controller.loop_lag_p99_max_ms),
    'cold connect s':
      r.connect_s === null ? `- (${r.connect_per_s}/s)` : `${r.connect_s} (${r.connect_per_s}/s)`,
    'absorb s': dash(r.absorb_s),
    'restart s': r.restart ? `${r.restart.reconnect_s}${r.restart.all_back ? '' : ' (incomplete)'}` : '-',
    'lost after restart': r.restart?.loss ? r.restart.loss.lost : '-',
    'delivered/offered': r.offered ? `${r.delivered}/${r.offered}` : '-',
    'cmd p50/p99 ms': r.command ? `${dash(r.command.p50_ms)}/${dash(r.command.p99_ms)}` : '-',
    'sim CPU max %': dash(r.sims.cpu_max_percent),
    'sim loop p99 ms': dash(r.sims.loop_p99_max_ms),
  };
}

export async function run(args: string[]): Promise<void> {
  const o = options(args);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const started = new Date().toISOString();
  const machine = { cpus: cpus().length, load_avg_at_start: loadAverage() };
  if (o.simCapacity) {
    const rows = [];
    for (const n of o.simCapacity) rows.push(await measureCapacity(n, { ...o, sampleS: 30, log }));
    printTable(
      'Simulator capacity, one process vs a plain broker (heartbeat 10 s, churn)',
      rows.map((r) => ({ ...r, connect_s: r.connect_s ?? '-' })),
    );
    console.log(`\nresult: ${writeResult('fleet-sim-capacity', { started, options: o, machine, rows })}`);
    return;
  }
  const steps = await runLadder(o);
  const kneeOf = (kind: BrokerKind) => {
    const held = steps.filter((s) => s.verdict === 'held' && s.broker.kind === kind).map((s) => s.devices);
    return held.length > 0 ? Math.max(...held) : null;
  };
  const knees = Object.fromEntries(o.brokers.map((b) => [b, kneeOf(b)])) as Partial<
    Record<BrokerKind, number | null>
  >;
  const knee = knees[o.brokers[0] as BrokerKind] ?? null;
  const multi = o.brokers.length > 1;
  printTable(
    `Controller ingest (heartbeat ${o.heartbeatS} s, ${o.workloads} workloads, churn ${o.churnState * 100} %/min states, ${o.churnReconnect * 100} %/min reconnects, window ${o.durationS} s)`,
    steps.map((s) => row(s, multi || o.brokers[0] !== 'embedded')),
  );
  const compared = multi ? compareBrokers(steps) : [];
  if (compared.length > 0) {
    printTable(
      'Side by side: Mosquitto (controller as its client) vs the embedded broker; ratio = mosquitto ÷ embedded',
      compared.map((c) => ({
        devices: c.devices,
        measure: c.measure,
        embedded: c.embedded ?? '-',
        mosquitto: c.mosquitto ?? '-',
        ratio: c.ratio ?? '-',
      })),
    );
  }
  for (const s of steps) {
    const mosq = s.broker.provision_ms !== null ? s.broker : null;
    if (mosq)
      console.log(
        `  ${s.devices} (mosquitto): ${mosq.users} users hashed by mosquitto_passwd -U in ${mosq.provision_ms} ms; mosquitto listening ${mosq.start_ms} ms after spawn`,
      );
    if (s.reason) console.log(`  ${s.devices}: ${s.reason}`);
    for (const note of s.notes) console.log(`  ${s.devices}: ${note}`);
    for (const m of s.loss?.mismatches ?? [])
      console.log(`  ${s.devices}: workload differs ${JSON.stringify(m)}`);
    const after = s.restart?.loss;
    if (after && after.lost > 0) {
      console.log(
        `  ${s.devices}: after the restart: ${JSON.stringify({ ...after, mismatches: undefined })}`,
      );
      for (const m of after.mismatches)
        console.log(`  ${s.devices}: after the restart, differs ${JSON.stringify(m)}`);
    }
    if (s.hot_functions)
      printTable(
        `Controller CPU by function at ${s.devices} devices (self time)`,
        s.hot_functions.map((h) => ({ ...h })),
      );
  }
  const kneeText = multi
    ? o.brokers.map((b) => `${b} ${knees[b] ?? 'none'}`).join(', ')
    : String(knee ?? 'none');
  console.log(`\nlargest N that held (0 loss, p99 ≤ 1 s): ${kneeText}; load average ${loadAverage()}`);
  const file = writeResult('fleet', {
    started,
    options: o,
    machine,
    knee,
    ...(multi ? { knees, compared } : {}),
    steps,
  });
  writeFileSync(file.replace(/\.json$/, '.svg'), kneeChart(steps, knees));
  console.log(`result: ${file} (+ .svg chart)`);
}
