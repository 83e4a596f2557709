import { describe, expect, it } from 'vitest';
import { publishReason, statusRecord, workloadRecord } from '../../device/fleet/change-rules.ts';
import type { WorkloadStateMessage } from '../../device/wire.ts';

const base: WorkloadStateMessage = {
  name: 'pump',
  status: 3,
  type: 'service',
  run_mode: 'forever',
  pid: 42,
  run_count: 1,
  rss_bytes: 10_000_000,
  cpu_percent: 1.5,
  ts_ms: 1000,
};
const REFRESH = 300_000;

describe('what counts as a change', () => {
  it('publishes a new workload and any change outside the noise fields at once', () => {
    const first = workloadRecord(base, 1000);
    expect(publishReason(undefined, first, REFRESH)).toBe('new');
    const restarted = workloadRecord({ ...base, pid: 43, run_count: 2 }, 2000);
    expect(publishReason(first, restarted, REFRESH)).toBe('change');
  });

  it('republishes rss/cpu/ts alone at most once per refresh period', () => {
    const first = workloadRecord(base, 0);
    const tsOnly = workloadRecord({ ...base, ts_ms: 5000 }, 5000);
    expect(publishReason(first, tsOnly, REFRESH)).toBeNull();
    const busier = workloadRecord({ ...base, rss_bytes: 20_000_000, cpu_percent: 40, ts_ms: 9000 }, 9000);
    expect(publishReason(first, busier, REFRESH)).toBeNull();
    const later = workloadRecord({ ...base, rss_bytes: 20_000_000, ts_ms: REFRESH }, REFRESH);
    expect(publishReason(first, later, REFRESH)).toBe('refresh');
    // Nothing moved at all: not even a refresh is worth a message.
    expect(
      publishReason(first, workloadRecord({ ...base, ts_ms: 2 * REFRESH }, 2 * REFRESH), REFRESH),
    ).toBeNull();
  });

  it('compares the device status without its seq, time and system metrics', () => {
    const status = { device: 'd', seq: 1, ts_ms: 1, workloads_running: 2, system: { cpu_percent: 3 } };
    const a = statusRecord(status, 0);
    expect(statusRecord({ ...status, seq: 2, ts_ms: 9, system: { cpu_percent: 90 } }, 9).key).toBe(a.key);
    expect(statusRecord({ ...status, workloads_running: 1 }, 9).key).not.toBe(a.key);
  });
});
