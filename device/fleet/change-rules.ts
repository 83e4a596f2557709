// What counts as a change worth a retained publish. A workload's state is compared without
// its noise fields (ts_ms, rss_bytes, cpu_percent): a change of anything else — status, pid,
// counters, exit code, next run… — is published (debounced). A change of the noise alone is
// published at most once per refresh period, so a busy but otherwise steady workload costs
// one retained message per period instead of one per watchdog sample. The same holds for
// the device status: summaries, counts, release and tags are changes; system metrics alone
// are refreshed once per period.
import { encode } from '../../proto/codec.ts';
import type { WorkloadStateMessage } from '../wire.ts';
import type { StatusMessage } from './status-message.ts';

/** The last retained publish of one topic. */
export interface PublishedRecord {
  /** Encoding of the message without its noise fields. */
  key: string;
  /** Encoding of the noise fields alone (what a refresh would change). */
  noise: string;
  /** Clock time of the publish. */
  at: number;
}

export type PublishReason = 'new' | 'change' | 'refresh';

export function workloadRecord(state: WorkloadStateMessage, at: number): PublishedRecord {
  return {
    key: Buffer.from(encode('workload', { ...state, ts_ms: 0, rss_bytes: 0, cpu_percent: 0 })).toString(
      'base64',
    ),
    noise: `${Math.round(state.rss_bytes ?? 0)}/${state.cpu_percent ?? 0}`,
    at,
  };
}

export function statusRecord(status: StatusMessage, at: number): PublishedRecord {
  // System metrics are the status's noise; the publisher refreshes them on its own period.
  const { seq: _seq, ts_ms: _ts, system: _system, ...rest } = status;
  return { key: Buffer.from(encode('status', rest)).toString('base64'), noise: '', at };
}

/**
 * Whether `next` should be published given the last publish `prev`: always when new or
 * changed; for noise alone only when the last publish is at least `refreshMs` old.
 */
export function publishReason(
  prev: PublishedRecord | undefined,
  next: PublishedRecord,
  refreshMs: number,
): PublishReason | null {
  if (!prev) return 'new';
  if (prev.key !== next.key) return 'change';
  if (prev.noise !== next.noise && next.at - prev.at >= refreshMs) return 'refresh';
  return null;
}
