// What the soak run (main.ts) records and prints: one sample per interval (controller,
// daemons, fleet), its CSV row, the trim-aware event count, and the summary table with drift
// from the end of the warm-up.
import type { LossReport } from '../sim/harness/loss-check.ts';
import type { SimDump } from '../sim/report.ts';
import { printTable, round } from '../stats.ts';
import { LOG_MAX_BYTES, LOG_MAX_FILES } from './daemons.ts';
import { type Series, series } from './sampler.ts';

/** The run's options the report reads. */
export interface ReportOptions {
  warmupS: number;
  devices: number;
  daemons: number;
}

export interface ProcPoint {
  rss: number | null;
  /** Anonymous part of RSS (heap, buffers), without mapped files such as LMDB's. */
  rss_anon: number | null;
  fds: number | null;
}

export interface DaemonPoint extends ProcPoint {
  name: string;
  data_lmdb: number;
  data_total: number;
  log_total: number;
  log_files: number;
  /** Per workload: runs so far and restarts, as the controller shows them. */
  runs: Record<string, number>;
}

export interface Sample {
  t_s: number;
  at: string;
  load1: number;
  controller: ProcPoint & {
    lag_p99_ms: number | null;
    lag_max_ms: number | null;
    ingested: number | null;
    data_lmdb: number;
    data_total: number;
  };
  daemons: DaemonPoint[];
  fleet: {
    connected: number;
    offered: number;
    errors: number;
    inflight: number;
    sim_rss: number[];
  } | null;
}

const MB = 1024 * 1024;
export const mb = (b: number | null | undefined) => (b === null || b === undefined ? '' : round(b / MB, 1));
const pct = (v: number | null) => (v === null ? '' : `${round(v, 1)} %`);

export function csvHeader(daemons: number): string {
  const cols = [
    't_s',
    'load1',
    'ctl_rss_mb',
    'ctl_rss_anon_mb',
    'ctl_fds',
    'ctl_lag_p99_ms',
    'ctl_lag_max_ms',
    'ctl_ingested',
    'ctl_lmdb_mb',
    'ctl_data_mb',
    'fleet_connected',
    'fleet_offered',
    'fleet_errors',
  ];
  for (let i = 0; i < daemons; i++) {
    cols.push(`d${i}_rss_mb`, `d${i}_fds`, `d${i}_lmdb_mb`, `d${i}_logs_mb`, `d${i}_crasher_runs`);
  }
  return `${cols.join(',')}\n`;
}

export function csvRow(s: Sample): string {
  const c = s.controller;
  const cells: Array<string | number | null> = [
    s.t_s,
    s.load1,
    mb(c.rss),
    mb(c.rss_anon),
    c.fds,
    c.lag_p99_ms,
    c.lag_max_ms,
    c.ingested,
    mb(c.data_lmdb),
    mb(c.data_total),
    s.fleet?.connected ?? null,
    s.fleet?.offered ?? null,
    s.fleet?.errors ?? null,
  ];
  for (const d of s.daemons)
    cells.push(mb(d.rss), d.fds, mb(d.data_lmdb), mb(d.log_total), d.runs.crasher ?? null);
  return `${cells.map((v) => (v === null ? '' : String(v))).join(',')}\n`;
}

/**
 * The loss check counts events sent against events held in the store, which the small
 * `events_per_device` makes unequal by design. With trimming, the store must hold exactly
 * min(bound, events sent) per simulated device (plus at most `bound` per real daemon), and
 * the controller's own hole and duplicate counters must stay 0: `lost` without the count
 * comparison, plus any shortfall against that expectation.
 */
export function trimAwareEvents(dumps: readonly SimDump[], loss: LossReport, bound: number, daemons: number) {
  let expected = 0;
  for (const d of dumps) for (const [, , eventSeq] of d.devices) expected += Math.min(bound, eventSeq);
  const shortfall = Math.max(0, expected - loss.events_stored);
  const countTerm = Math.max(0, loss.events_sent - loss.events_stored);
  return {
    expected_held_sim: expected,
    held: loss.events_stored,
    daemons_at_most: daemons * bound,
    shortfall,
    lost: loss.lost - countTerm + shortfall,
  };
}

export function summarize(o: ReportOptions, samples: readonly Sample[]) {
  const of = (pick: (s: Sample) => number | null) =>
    series(
      samples.map((s) => [s.t_s, pick(s)]),
      o.warmupS,
    );
  const daemonNames = samples[0]?.daemons.map((d) => d.name) ?? [];
  const first = samples[0];
  const last = samples.at(-1);
  const runsOf = (s: Sample | undefined, name: string, w: string) =>
    s?.daemons.find((d) => d.name === name)?.runs[w] ?? null;
  return {
    warmup_s: o.warmupS,
    soak_s: last?.t_s ?? 0,
    samples: samples.length,
    controller: {
      rss: of((s) => s.controller.rss),
      rss_anon: of((s) => s.controller.rss_anon),
      fds: of((s) => s.controller.fds),
      lmdb: of((s) => s.controller.data_lmdb),
      data: of((s) => s.controller.data_total),
      lag_p99_ms: of((s) => s.controller.lag_p99_ms),
      lag_max_ms: of((s) => s.controller.lag_max_ms),
    },
    daemons: daemonNames.map((name) => {
      const pick = (f: (d: DaemonPoint) => number | null) => (s: Sample) => {
        const d = s.daemons.find((x) => x.name === name);
        return d ? f(d) : null;
      };
      return {
        name,
        rss: of(pick((d) => d.rss)),
        rss_anon: of(pick((d) => d.rss_anon)),
        fds: of(pick((d) => d.fds)),
        lmdb: of(pick((d) => d.data_lmdb)),
        logs: of(pick((d) => d.log_total)),
        // One file per workload: chatter's own rotation, crasher's the default (1 MiB × 6).
        log_bound_bytes: LOG_MAX_BYTES * (LOG_MAX_FILES + 1) + 6 * MB,
        crasher_runs: { start: runsOf(first, name, 'crasher'), end: runsOf(last, name, 'crasher') },
        chatter_runs: { start: runsOf(first, name, 'chatter'), end: runsOf(last, name, 'chatter') },
      };
    }),
    fleet: {
      offered_start: first?.fleet?.offered ?? null,
      offered_end: last?.fleet?.offered ?? null,
      sim_errors_end: last?.fleet?.errors ?? null,
      connected_min: Math.min(...samples.map((s) => s.fleet?.connected ?? Number.POSITIVE_INFINITY)),
    },
    load1: of((s) => s.load1),
  };
}

export function report(
  o: ReportOptions,
  samples: readonly Sample[],
  loss: LossReport | null,
  drained: { ok: boolean; behind: number } | null,
  events: ReturnType<typeof trimAwareEvents> | null,
): void {
  const s = summarize(o, samples);
  const row = (what: string, x: Series, unit: (v: number | null) => string | number) => ({
    what,
    start: unit(x.start),
    [`after ${round(o.warmupS, 0)} s`]: unit(x.after_warmup),
    end: unit(x.end),
    max: unit(x.max),
    drift: pct(x.drift_percent),
    'slope /h': pct(x.slope_percent_per_h),
  });
  const n = (v: number | null) => (v === null ? '' : round(v, 1));
  const rows = [
    row('controller RSS MB', s.controller.rss, mb),
    row('controller RSS anon MB', s.controller.rss_anon, mb),
    row('controller fds', s.controller.fds, n),
    row('controller LMDB MB', s.controller.lmdb, mb),
    row('controller data dir MB', s.controller.data, mb),
    row('controller loop lag p99 ms', s.controller.lag_p99_ms, n),
    row('controller loop lag max ms', s.controller.lag_max_ms, n),
  ];
  for (const d of s.daemons) {
    rows.push(row(`${d.name} RSS MB`, d.rss, mb));
    rows.push(row(`${d.name} RSS anon MB`, d.rss_anon, mb));
    rows.push(row(`${d.name} fds`, d.fds, n));
    rows.push(row(`${d.name} LMDB MB`, d.lmdb, mb));
    rows.push(row(`${d.name} logs MB`, d.logs, mb));
  }
  rows.push(row('load average (1 min)', s.load1, n));
  printTable(
    `soak: ${o.devices} simulated devices + ${o.daemons} daemons, ${round(s.soak_s / 60, 1)} min, ${s.samples} samples (drift from the first sample after the ${round(o.warmupS, 0)} s warm-up)`,
    rows,
  );
  printTable(
    'daemon workloads (runs as the controller shows them)',
    s.daemons.map((d) => ({
      daemon: d.name,
      'crasher runs': `${d.crasher_runs.start ?? '?'} → ${d.crasher_runs.end ?? '?'}`,
      'chatter runs': `${d.chatter_runs.start ?? '?'} → ${d.chatter_runs.end ?? '?'}`,
      'log bound MB': mb(d.log_bound_bytes),
    })),
  );
  if (loss || drained) {
    printTable('fleet at the end (churn off, quiesced)', [
      {
        offered: s.fleet.offered_end ?? '',
        'controller caught up': drained ? (drained.ok ? 'yes' : `no (${drained.behind} behind)`) : '',
        'events sent': loss?.events_sent ?? '',
        'events held / expected': events
          ? `${events.held} / ${events.expected_held_sim} (+≤${events.daemons_at_most})`
          : '',
        'holes / dups': loss ? `${loss.events_missed} / ${loss.events_duplicate}` : '',
        'lost (trim-aware)': events?.lost ?? '',
        'online (API)': loss ? `${loss.online_api}/${loss.devices}` : '',
        'sim errors': s.fleet.sim_errors_end ?? '',
      },
    ]);
  }
}
