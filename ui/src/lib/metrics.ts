// System metrics of a device as the dashboard plots them: percentages read from a
// DeviceSnapshot (the heartbeat is fresher than the status, as in the API's overview rows),
// and a bounded, time-ordered series per device built from the live feed. The API keeps no
// metric history, so a series starts when this page started receiving the feed.
import type { DeviceSnapshot } from './types.ts';

export interface MetricSample {
  /** Browser time the sample arrived, ms. */
  t: number;
  cpu: number | null;
  mem: number | null;
  disk: number | null;
}

export interface SeriesLimits {
  /** Samples older than this (relative to the newest) are dropped. */
  maxAgeMs: number;
  maxPoints: number;
}

export const DEFAULT_SERIES_LIMITS: SeriesLimits = { maxAgeMs: 15 * 60_000, maxPoints: 360 };

type Plain = Record<string, unknown>;
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null;

/** SystemMetrics of the last DeviceStatus, or null before the first. */
export function systemOf(device: DeviceSnapshot): Plain | null {
  const system = device.status?.system;
  return isPlain(system) ? system : null;
}

const ratio = (used: unknown, total: unknown): number | null => {
  const u = num(used);
  const t = num(total);
  return u !== null && t !== null && t > 0 ? (u / t) * 100 : null;
};

export function cpuPercent(device: DeviceSnapshot): number | null {
  return device.heartbeat?.cpu_percent ?? num(systemOf(device)?.cpu_percent);
}

export function memPercent(device: DeviceSnapshot): number | null {
  const system = systemOf(device);
  return device.heartbeat?.mem_percent ?? ratio(system?.mem_used_bytes, system?.mem_total_bytes);
}

export function diskPercent(device: DeviceSnapshot): number | null {
  const system = systemOf(device);
  return ratio(system?.disk_used_bytes, system?.disk_total_bytes);
}

/** What identifies one reading: a new heartbeat or a new status is a new sample, anything else is not. */
export function readingKey(device: DeviceSnapshot): string {
  return `${device.heartbeat?.seq ?? ''}/${String(device.status?.seq ?? '')}`;
}

export function sampleOf(device: DeviceSnapshot, t: number): MetricSample {
  return { t, cpu: cpuPercent(device), mem: memPercent(device), disk: diskPercent(device) };
}

/** A new series with `sample` appended and old samples trimmed; the input is not changed. */
export function appendSample(
  series: readonly MetricSample[],
  sample: MetricSample,
  limits: SeriesLimits = DEFAULT_SERIES_LIMITS,
): MetricSample[] {
  let start = Math.max(0, series.length + 1 - limits.maxPoints);
  while (start < series.length && (series[start]?.t ?? 0) < sample.t - limits.maxAgeMs) start++;
  const next = series.slice(start);
  next.push(sample);
  return next;
}
