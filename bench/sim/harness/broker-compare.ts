// The fleet ladder's brokers side by side (`--broker embedded,mosquitto`): for each size that
// both ran, one row per measure with each broker's value and Mosquitto ÷ embedded. The
// embedded broker lives in the controller's process, so "controller + broker" is the fair
// total for CPU and RSS; Mosquitto's own share is shown as well.
import { round } from '../../stats.ts';
import type { BrokerKind, StepResult } from './step-result.ts';

export interface CompareRow {
  devices: number;
  measure: string;
  embedded: number | null;
  mosquitto: number | null;
  /** mosquitto ÷ embedded */
  ratio: number | null;
}

type Measure = [string, (r: StepResult) => number | null | undefined];

const plus = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined ? null : a + (b ?? 0);

export const MEASURES: Measure[] = [
  ['delivered/offered', (r) => (r.offered ? (r.delivered ?? Number.NaN) / r.offered : null)],
  ['lost (loss check)', (r) => r.loss?.lost],
  ['status→live p50 ms', (r) => r.latency_ms.p50],
  ['status→live p99 ms', (r) => r.latency_ms.p99],
  ['controller CPU mean %', (r) => r.controller.cpu_mean_percent],
  ['controller RSS max MB', (r) => r.controller.rss_max_mb],
  // The embedded broker has no process of its own ('-'): its share is in the controller's.
  ['broker process CPU mean %', (r) => (r.broker.kind === 'embedded' ? null : r.broker.cpu_mean_percent)],
  ['broker process RSS max MB', (r) => (r.broker.kind === 'embedded' ? null : r.broker.rss_max_mb)],
  ['controller + broker CPU mean %', (r) => plus(r.controller.cpu_mean_percent, r.broker.cpu_mean_percent)],
  ['controller + broker RSS MB', (r) => plus(r.controller.rss_max_mb, r.broker.rss_max_mb)],
  ['controller loop lag p99 ms', (r) => r.controller.loop_lag_p99_max_ms],
  ['cold connect s', (r) => r.connect_s],
  [
    'controller + broker CPU during connect %',
    (r) => plus(r.connect_controller_cpu_percent, r.broker.connect_cpu_percent),
  ],
  ['absorb announce s', (r) => r.absorb_s],
  ['command p50 ms', (r) => r.command?.p50_ms],
  ['command p99 ms', (r) => r.command?.p99_ms],
  ['controller restart → all online s', (r) => r.restart?.reconnect_s],
];

function value(r: StepResult | undefined, f: Measure[1]): number | null {
  if (!r) return null;
  const v = f(r);
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

export function compareBrokers(steps: readonly StepResult[]): CompareRow[] {
  const at = (n: number, kind: BrokerKind) => steps.find((s) => s.devices === n && s.broker.kind === kind);
  const sizes = [...new Set(steps.map((s) => s.devices))];
  const rows: CompareRow[] = [];
  for (const n of sizes) {
    const e = at(n, 'embedded');
    const m = at(n, 'mosquitto');
    if (!e || !m) continue;
    for (const [measure, f] of MEASURES) {
      const a = value(e, f);
      const b = value(m, f);
      rows.push({
        devices: n,
        measure,
        embedded: a === null ? null : round(a, 3),
        mosquitto: b === null ? null : round(b, 3),
        ratio: a === null || b === null || a === 0 ? null : round(b / a, 2),
      });
    }
  }
  return rows;
}
