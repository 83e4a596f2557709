// Small pure helpers of the Runner: the public view of a workload, run ids, the canonical
// spec hash that decides "changed" on reload, and the marker lines written into logs.
import { createHash, randomBytes } from 'node:crypto';
import type { WorkloadSpec } from '../config/workload-schema.ts';
import { isoTime } from '../icu-free.ts';
import type { WorkloadRecord } from '../state/types.ts';
import type { WorkloadView } from './types.ts';

export function toView(
  record: WorkloadRecord,
  spec: WorkloadSpec,
  metrics: { rss_bytes: number; cpu_percent: number },
  now: number,
): WorkloadView {
  const { failure_times: _f, spec_hash: _h, boot_id: _b, start_time: _s, updated_ms: _u, ...rest } = record;
  return {
    ...rest,
    type: spec.type,
    run_mode: spec.run_mode,
    version: spec.version,
    tags: [...spec.tags],
    max_runs: spec.max_runs ?? null,
    schedule: spec.schedule ?? null,
    memory_limit_mb: spec.memory_limit_mb ?? null,
    rss_bytes: record.pid === null ? 0 : metrics.rss_bytes,
    cpu_percent: record.pid === null ? 0 : metrics.cpu_percent,
    ts_ms: now,
  };
}

/** JSON with object keys sorted at every level, so equal specs serialize equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function specHash(spec: WorkloadSpec, dir: string): string {
  // The directory is part of the identity: relative cwd and module paths resolve against it.
  return createHash('sha256').update(canonicalJson({ spec, dir })).digest('hex').slice(0, 32);
}

export function newRunId(): string {
  return randomBytes(6).toString('hex');
}

/** A line the supervisor writes into the workload's log between runs. */
export function logMarker(now: number, text: string): string {
  return `[mc ${isoTime(now)}] ${text}\n`;
}
