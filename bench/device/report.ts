// Turns the raw results into one number per metric and tool (medians over repetitions), the
// ratios ours / PM2 and ours / floor, and the goals of issues 3 and 9 for our daemon.
import { median, percentile, round } from '../stats.ts';
import type { ColdResult, IdleResult, WarmResult } from './phases.ts';
import type { ToolName } from './tools/types.ts';

export interface ToolRaw {
  tool: ToolName;
  version: string;
  warmHow: string;
  cold: ColdResult[];
  warm: WarmResult[];
  idle?: IdleResult;
}

export type Metric =
  | 'start_cold_ms'
  | 'start_warm_ms'
  | 'startup_ms'
  | 'first_fork_ms'
  | 'last_fork_ms'
  | 'milestone_ms'
  | 'after_milestone_ms'
  | 'crash_to_process_median_ms'
  | 'crash_to_process_p95_ms'
  | 'crash_to_running_median_ms'
  | 'crash_to_running_p95_ms'
  | 'daemon_rss_20_mb'
  | 'daemon_rss_anon_20_mb'
  | 'daemon_rss_file_20_mb'
  | 'daemon_rss_20_after_mb'
  | 'daemon_rss_50_mb'
  | 'workloads_rss_50_mb'
  | 'daemon_cpu_idle_20_pct';

interface MetricDef {
  key: Metric;
  label: string;
  /** Goal for our daemon: at most this value. */
  goal?: number;
}

export function metricDefs(count: number, idleCount: number, idleSeconds: number): MetricDef[] {
  return [
    { key: 'start_cold_ms', label: `start ${count}, from supervisor spawn (ms)`, goal: 1500 },
    { key: 'start_warm_ms', label: `start ${count}, into a running supervisor (ms)`, goal: 1500 },
    { key: 'startup_ms', label: 'supervisor start-up alone, no workloads (ms)' },
    { key: 'first_fork_ms', label: 'supervisor process start → first workload forked (ms, ±10)' },
    { key: 'last_fork_ms', label: 'supervisor process start → last workload forked (ms, ±10)' },
    {
      key: 'milestone_ms',
      label: `spawn → ready line (ours) / \`pm2 start\` returned, ${count} workloads (ms)`,
    },
    { key: 'after_milestone_ms', label: `ready line / \`pm2 start\` returned → ${count} running (ms)` },
    { key: 'crash_to_process_median_ms', label: 'SIGKILL → new process, median (ms)', goal: 10 },
    { key: 'crash_to_process_p95_ms', label: 'SIGKILL → new process, p95 (ms)' },
    { key: 'crash_to_running_median_ms', label: 'SIGKILL → new script running, median (ms)' },
    { key: 'crash_to_running_p95_ms', label: 'SIGKILL → new script running, p95 (ms)' },
    // Issue 9: ≤ 60 MB idle with 20 workloads, ≤ 0.5 % of one core.
    { key: 'daemon_rss_20_mb', label: `daemon RSS, ${idleCount} workloads (MB)`, goal: 60 },
    { key: 'daemon_rss_anon_20_mb', label: `  of which anonymous (heap, stacks) (MB)` },
    { key: 'daemon_rss_file_20_mb', label: `  of which file-backed (node binary, libraries) (MB)` },
    {
      key: 'daemon_rss_20_after_mb',
      label: `daemon RSS, ${idleCount} workloads, after the idle window (MB)`,
    },
    { key: 'daemon_rss_50_mb', label: `daemon RSS, ${count} workloads (MB)` },
    { key: 'workloads_rss_50_mb', label: `all ${count} workload processes RSS (MB)` },
    {
      key: 'daemon_cpu_idle_20_pct',
      label: `daemon CPU, idle ${idleSeconds} s, ${idleCount} workloads (%)`,
      goal: 0.5,
    },
  ];
}

const mb = (kb: number): number => kb / 1024;

function defined(values: (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined && Number.isFinite(v));
}

/** One value per metric; undefined where it does not apply (the floor has no ready line). */
export function summarize(raw: ToolRaw): Partial<Record<Metric, number>> {
  const crashProc = raw.cold.map((c) => c.crash.samples.map((s) => s.toProcessMs));
  const crashRun = raw.cold.map((c) => c.crash.samples.map((s) => s.toRunningMs));
  const repMedian = (reps: number[][]): number => median(reps.filter((r) => r.length > 0).map(median));
  const opt = (values: number[]): number | undefined => (values.length > 0 ? median(values) : undefined);
  return {
    start_cold_ms: opt(raw.cold.map((c) => c.fromSpawnMs)),
    start_warm_ms: opt(raw.warm.map((w) => w.fromRequestMs)),
    startup_ms: opt(raw.warm.map((w) => w.startupMs)),
    first_fork_ms: opt(defined(raw.cold.map((c) => c.forks?.firstForkMs))),
    last_fork_ms: opt(defined(raw.cold.map((c) => c.forks?.lastForkMs))),
    milestone_ms: opt(defined(raw.cold.map((c) => c.milestoneMs))),
    after_milestone_ms: opt(defined(raw.cold.map((c) => c.fromMilestoneMs))),
    crash_to_process_median_ms: repMedian(crashProc),
    crash_to_process_p95_ms: percentile(crashProc.flat(), 95),
    crash_to_running_median_ms: repMedian(crashRun),
    crash_to_running_p95_ms: percentile(crashRun.flat(), 95),
    daemon_rss_20_mb: raw.idle ? mb(raw.idle.daemonRssKb) : undefined,
    daemon_rss_anon_20_mb: raw.idle ? mb(raw.idle.daemonAnonKb) : undefined,
    daemon_rss_file_20_mb: raw.idle ? mb(raw.idle.daemonFileKb) : undefined,
    daemon_rss_20_after_mb: raw.idle ? mb(raw.idle.daemonRssAfterKb) : undefined,
    daemon_rss_50_mb: opt(raw.cold.map((c) => mb(c.daemonRssKb))),
    workloads_rss_50_mb: opt(raw.cold.map((c) => mb(c.workloadsRssKb))),
    daemon_cpu_idle_20_pct: raw.idle?.cpuPercent,
  };
}

function fmt(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? '—' : String(round(value, digits));
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '—';
  return `${round(a / b, 2)}×`;
}

/** Rows for printTable and for the JSON: metric, the three tools, the two ratios, the goal. */
export function tableRows(
  defs: MetricDef[],
  summaries: Map<ToolName, Partial<Record<Metric, number>>>,
): Record<string, string>[] {
  return defs.map(({ key, label, goal }) => {
    const ours = summaries.get('ours')?.[key];
    const pm2 = summaries.get('pm2')?.[key];
    const floor = summaries.get('floor')?.[key];
    const digits = key.endsWith('_pct') ? 2 : 1;
    let goalCell = '';
    if (goal !== undefined) {
      const met = ours !== undefined && Number.isFinite(ours) && ours <= goal;
      goalCell = `≤ ${goal}: ${ours === undefined ? '—' : met ? 'met' : 'MISSED'}`;
    }
    return {
      metric: label,
      ours: fmt(ours, digits),
      pm2: fmt(pm2, digits),
      floor: fmt(floor, digits),
      'ours/pm2': ratio(ours, pm2),
      'ours/floor': ratio(ours, floor),
      'goal (ours)': goalCell,
    };
  });
}

export interface OursDiagnostics {
  /** SIGKILL → 'failed' logged, and 'failed' → 'restarted' logged, medians (ms). */
  kill_to_failed_ms?: number;
  failed_to_restarted_ms?: number;
}

/** What our daemon's own log says about where its time goes (see daemon-log.ts). */
export function oursDiagnostics(raw: ToolRaw): OursDiagnostics {
  const logs = raw.cold.map((c) => c.daemonLog);
  const med = (values: (number | undefined)[]): number | undefined => {
    const ok = defined(values);
    return ok.length > 0 ? round(median(ok), 1) : undefined;
  };
  return {
    kill_to_failed_ms: med(logs.map((l) => l?.crash?.killToFailedMs)),
    failed_to_restarted_ms: med(logs.map((l) => l?.crash?.failedToRestartedMs)),
  };
}
