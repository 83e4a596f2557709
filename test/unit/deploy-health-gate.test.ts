// The health gate and batch plan as pure functions of the fleet snapshot and a fake clock.
import { describe, expect, it } from 'vitest';
import {
  evaluateGate,
  evaluateLateReport,
  evaluateRollback,
  LATE_REPORT_WATCH_MS,
} from '../../controller/deploy/health-gate.ts';
import { planBatches } from '../../controller/deploy/plan.ts';
import type { DeviceProgress } from '../../controller/deploy/types.ts';
import type { DeviceSnapshot, WorkloadSnapshot } from '../../controller/store/types.ts';

const T0 = 1_000_000;
const TARGET = { release: 'v2', min_healthy_time_ms: 1000, healthy_deadline_ms: 10_000 };

const progress = (extra: Partial<DeviceProgress> = {}): DeviceProgress => ({
  device: 'd1',
  batch: 0,
  step: 'deploying',
  generation: 3,
  previous: { release: 'v1', sha256: 'aa' },
  started_ms: T0,
  healthy_since_ms: null,
  failures_baseline: null,
  finished_ms: null,
  error: null,
  ...extra,
});

function snapshot(
  status: Record<string, unknown>,
  workloads: Array<Partial<WorkloadSnapshot>> = [{ name: 'app', status: 'running', restarts: 0 }],
  health: DeviceSnapshot['health'] = 'online',
): DeviceSnapshot {
  return {
    name: 'd1',
    health,
    health_since_ms: T0,
    online: health === 'online',
    presence: null,
    status,
    last_heartbeat_ms: null,
    last_seen_ms: null,
    heartbeat: null,
    release: String(status.release ?? ''),
    tags: [],
    workloads: workloads as WorkloadSnapshot[],
    counts: { running: 0, failed: 0, total: workloads.length },
  };
}

const converged = { release: 'v2', desired_generation: 3 };

describe('the health gate', () => {
  it('passes a device only after min_healthy_time of reporting the release with workloads up', () => {
    const first = evaluateGate(progress(), snapshot(converged), TARGET, T0 + 100);
    expect(first.step).toBe('wait');
    expect(first.progress.healthy_since_ms).toBe(T0 + 100);
    const still = evaluateGate(first.progress, snapshot(converged), TARGET, T0 + 1099);
    expect(still.step).toBe('wait');
    // Nothing changed: the same progress object, so the deployer writes nothing.
    expect(still.progress).toBe(first.progress);
    expect(evaluateGate(first.progress, snapshot(converged), TARGET, T0 + 1100).step).toBe('healthy');
  });

  it('waits while the device reports an older generation, and fails it at healthy_deadline', () => {
    const old = snapshot({ release: 'v2', desired_generation: 2 });
    expect(evaluateGate(progress(), old, TARGET, T0 + 9_000).step).toBe('wait');
    const late = evaluateGate(progress(), old, TARGET, T0 + 10_001);
    expect(late.progress).toMatchObject({
      step: 'failed',
      error: expect.stringMatching(/within healthy_deadline/),
    });
  });

  it('restarts the healthy window when a workload is not up, and fails on a crash or a failed run', () => {
    const since = progress({ healthy_since_ms: T0, failures_baseline: 0 });
    const starting = evaluateGate(
      since,
      snapshot(converged, [{ name: 'app', status: 'starting' }]),
      TARGET,
      T0 + 500,
    );
    expect([starting.step, starting.progress.healthy_since_ms]).toEqual(['wait', null]);
    const crashed = evaluateGate(
      since,
      snapshot(converged, [{ name: 'app', status: 'backoff' }]),
      TARGET,
      T0 + 500,
    );
    expect(crashed.progress.error).toBe('workload app is backoff');
    const failedOnce = evaluateGate(
      since,
      snapshot(converged, [{ name: 'app', status: 'running', consecutive_failures: 1 }]),
      TARGET,
      T0 + 500,
    );
    expect(failedOnce.progress.error).toMatch(/failed 1 time/);
    // The restart a release switch causes is not a failure.
    const switched = evaluateGate(
      since,
      snapshot(converged, [{ name: 'app', status: 'running', restarts: 1 }]),
      TARGET,
      T0 + 500,
    );
    expect(switched.step).toBe('wait');
  });

  it('fails a device that refused the release or is offline, unless the controller is settling', () => {
    const refused = snapshot({ release: 'v1', desired_generation: 3, release_error: 'sha256 mismatch' });
    expect(evaluateGate(progress(), refused, TARGET, T0).progress.error).toMatch(
      /refused release v2: sha256 mismatch/,
    );
    const offline = snapshot(converged, undefined, 'offline');
    expect(evaluateGate(progress(), offline, TARGET, T0).progress.error).toBe('offline during its batch');
    expect(evaluateGate(progress(), offline, TARGET, T0, true).step).toBe('wait');
    expect(evaluateGate(progress(), undefined, TARGET, T0).step).toBe('failed');
  });

  it('ends a rollback when the previous release is reported, or marks it failed at the deadline', () => {
    const p = progress({ step: 'rolling_back', generation: 4 });
    const back = evaluateRollback(p, snapshot({ release: 'v1', desired_generation: 4 }), 10_000, T0 + 10);
    expect(back.progress.step).toBe('rolled_back');
    const stuck = evaluateRollback(p, snapshot(converged), 10_000, T0 + 10_001);
    expect(stuck.progress.step).toBe('rollback_failed');
    expect(stuck.progress.awaiting_report).toBe(true);
  });

  it('ends the rollback of an offline device at once (it converges later), unless the controller is settling', () => {
    const p = progress({ step: 'rolling_back', generation: 4 });
    const away = snapshot(converged, undefined, 'offline');
    const gone = evaluateRollback(p, away, 10_000, T0 + 10);
    expect(gone.progress).toMatchObject({
      step: 'rollback_failed',
      awaiting_report: true,
      finished_ms: T0 + 10,
    });
    expect(gone.progress.error).toMatch(/^offline: could not report release v1 \(it converges/);
    expect(evaluateRollback(p, away, 10_000, T0 + 10, true).step).toBe('wait');
    expect(evaluateRollback(p, away, 10_000, T0 + 10_001, true).progress.step).toBe('rollback_failed');
  });
});

describe('a device that reports after its step ended', () => {
  const offline = evaluateGate(progress(), snapshot(converged, undefined, 'offline'), TARGET, T0).progress;

  it('is watched only when it failed by not reporting, not when it reported a failure', () => {
    expect(offline).toMatchObject({ step: 'failed', awaiting_report: true });
    const silent = evaluateGate(
      progress(),
      snapshot({ release: 'v1', desired_generation: 2 }),
      TARGET,
      T0 + 10_001,
    );
    expect(silent.progress.awaiting_report).toBe(true);
    const crashed = evaluateGate(
      progress(),
      snapshot(converged, [{ name: 'app', status: 'failed' }]),
      TARGET,
      T0,
    );
    expect(crashed.progress.awaiting_report).toBeUndefined();
    expect(evaluateLateReport(crashed.progress, 'v2', snapshot(converged), T0 + 50)).toBeNull();
  });

  it('records when it reports the release at its generation, and waits while it is behind or away', () => {
    expect(evaluateLateReport(offline, 'v2', snapshot(converged, undefined, 'offline'), T0 + 10)).toBeNull();
    expect(
      evaluateLateReport(offline, 'v2', snapshot({ release: 'v1', desired_generation: 2 }), T0 + 10),
    ).toBeNull();
    const back = evaluateLateReport(offline, 'v2', snapshot(converged), T0 + 60_000);
    expect(back).toMatchObject({ step: 'failed', awaiting_report: false, converged_ms: T0 + 60_000 });
    expect(back?.error).toBe('offline during its batch');
  });

  it('after a failed rollback, waits for the previous release; a later deployment or a refusal ends the watch', () => {
    const stuck = { ...progress({ step: 'rollback_failed', generation: 4 }), awaiting_report: true };
    expect(
      evaluateLateReport(stuck, 'v2', snapshot({ release: 'v1', desired_generation: 4 }), T0),
    ).toMatchObject({
      converged_ms: T0,
    });
    const other = evaluateLateReport(offline, 'v2', snapshot({ release: 'v9', desired_generation: 7 }), T0);
    expect(other).toMatchObject({
      awaiting_report: false,
      error: expect.stringMatching(/reported v9 at generation 7 instead/),
    });
    expect(other?.converged_ms).toBeUndefined();
    const refused = evaluateLateReport(
      offline,
      'v2',
      snapshot({ release: 'v1', desired_generation: 3, release_error: 'sha256 mismatch' }),
      T0,
    );
    expect(refused?.error).toMatch(/refused it when it returned: sha256 mismatch/);
  });

  it('gives up on a device not heard from for a week', () => {
    const away = snapshot(converged, undefined, 'offline');
    expect(evaluateLateReport(offline, 'v2', away, T0 + LATE_REPORT_WATCH_MS)).toBeNull();
    const gone = evaluateLateReport(offline, 'v2', away, T0 + LATE_REPORT_WATCH_MS + 1);
    expect(gone).toMatchObject({
      awaiting_report: false,
      error: 'offline during its batch; not heard from within 7 days',
    });
  });
});

describe('the batch plan', () => {
  it('splits devices in order, with a canary batch of one first when asked', () => {
    expect(planBatches(['a', 'b', 'c', 'd', 'e'], 2, false)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(planBatches(['a', 'b', 'c', 'd'], 2, true)).toEqual([['a'], ['b', 'c'], ['d']]);
  });
});
