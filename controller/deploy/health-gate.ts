// The health gate of one device, as a pure function of what the fleet store last heard and
// the clock, so every rule is unit-testable with a fake time. A device passes when it
// reports the deployed release at (at least) the generation it was given, every workload it
// reports is running or completed, and no workload run failed since, for
// min_healthy_time — all within healthy_deadline of its desired state being published.
import type { DeviceSnapshot } from '../store/types.ts';
import type { DeviceProgress } from './types.ts';

export interface GateTarget {
  release: string;
  min_healthy_time_ms: number;
  healthy_deadline_ms: number;
}

export type GateVerdict = { step: 'wait' | 'healthy' | 'failed'; progress: DeviceProgress };

const UP = new Set(['running', 'completed']);
const FAILING = new Set(['failed', 'backoff']);

/** What the device says it runs, from its DeviceStatus (the snapshot's release as a fallback). */
export function reported(snapshot: DeviceSnapshot): { release: string; generation: number; error: string } {
  const status = snapshot.status ?? {};
  const release = typeof status.release === 'string' && status.release ? status.release : snapshot.release;
  const generation = Number(status.desired_generation ?? 0);
  const error = typeof status.release_error === 'string' ? status.release_error : '';
  return { release, generation: Number.isFinite(generation) ? generation : 0, error };
}

/** An offline device cannot be shown healthy: it fails the gate at once rather than at the deadline. */
export function isGone(snapshot: DeviceSnapshot | undefined): boolean {
  return !snapshot || snapshot.health === 'offline' || snapshot.health === 'unknown';
}

export function evaluateGate(
  p: DeviceProgress,
  snapshot: DeviceSnapshot | undefined,
  target: GateTarget,
  now: number,
  /** Just after a controller start presence may not be in yet: an offline device waits instead. */
  tolerateGone = false,
): GateVerdict {
  const fail = (error: string, unreported = false): GateVerdict => ({
    step: 'failed',
    progress: {
      ...p,
      step: 'failed',
      error,
      finished_ms: now,
      ...(unreported ? { awaiting_report: true } : {}),
    },
  });
  const late = now - (p.started_ms ?? now) > target.healthy_deadline_ms;
  if (!snapshot || isGone(snapshot)) {
    if (!tolerateGone || late) return fail('offline during its batch', true);
    return { step: 'wait', progress: p };
  }
  const r = reported(snapshot);
  const converged = r.release === target.release && r.generation >= p.generation;
  if (!converged) {
    if (r.generation >= p.generation && r.error) return fail(`refused release ${target.release}: ${r.error}`);
    if (late) return fail(`did not report release ${target.release} within healthy_deadline`, true);
    return { step: 'wait', progress: p };
  }
  // Failed runs, not restarts: switching a release restarts changed workloads on purpose, and
  // those restarts can reach the controller after the status that names the release.
  const failures = snapshot.workloads.reduce((sum, w) => sum + (Number(w.consecutive_failures) || 0), 0);
  const baseline = p.failures_baseline ?? failures;
  const failing = snapshot.workloads.find((w) => FAILING.has(w.status));
  if (failing) return fail(`workload ${failing.name} is ${failing.status}`);
  if (failures > baseline)
    return fail(`workloads failed ${failures - baseline} time(s) under the new release`);
  const down = snapshot.workloads.find((w) => !UP.has(w.status));
  const since = down ? null : (p.healthy_since_ms ?? now);
  // The same object when nothing changed: the deployer saves (and announces) only changes.
  const next: DeviceProgress =
    baseline === p.failures_baseline && since === p.healthy_since_ms
      ? p
      : { ...p, failures_baseline: baseline, healthy_since_ms: since };
  if (since !== null && now - since >= target.min_healthy_time_ms) {
    return { step: 'healthy', progress: { ...next, step: 'healthy', finished_ms: now } };
  }
  if (late) {
    return fail(
      down
        ? `workload ${down.name} is ${down.status} at healthy_deadline`
        : 'not healthy for min_healthy_time within healthy_deadline',
    );
  }
  return { step: 'wait', progress: next };
}

/**
 * A rollback is done when the device reports the previous release at the rollback generation.
 * An offline device cannot report it: like the gate, the rollback does not wait for the
 * deadline then (which would hold every device of the deployment for healthy_deadline) but
 * ends it `rollback_failed` + `awaiting_report` at once; its retained desired state names the
 * previous release, and the deployer records when it reports it (evaluateLateReport).
 */
export function evaluateRollback(
  p: DeviceProgress,
  snapshot: DeviceSnapshot | undefined,
  deadlineMs: number,
  now: number,
  /** Just after a controller start presence may not be in yet: an offline device waits instead. */
  tolerateGone = false,
): GateVerdict {
  const back = p.previous?.release ?? '';
  const fail = (why: string): GateVerdict => ({
    step: 'failed',
    progress: {
      ...p,
      step: 'rollback_failed',
      error: `${why} (it converges from the retained desired state when it returns)`,
      finished_ms: now,
      awaiting_report: true,
    },
  });
  const late = now - (p.started_ms ?? now) > deadlineMs;
  if (!snapshot || isGone(snapshot)) {
    if (!tolerateGone || late) return fail(`offline: could not report release ${back}`);
    return { step: 'wait', progress: p };
  }
  const r = reported(snapshot);
  if (r.release === back && r.generation >= p.generation) {
    return { step: 'healthy', progress: { ...p, step: 'rolled_back', finished_ms: now } };
  }
  if (late) return fail(`did not report release ${back} within healthy_deadline`);
  return { step: 'wait', progress: p };
}

/** How long a device that failed unreported is watched for its late report (then: given up). */
export const LATE_REPORT_WATCH_MS = 7 * 24 * 3600 * 1000;

/**
 * A device whose step ended unreported (`awaiting_report`) reports again: once it names what
 * this deployment last told it — the release, or the previous one after a rollback — at that
 * generation or later, `converged_ms` is set. A newer generation naming another release (a
 * later deployment) or a refusal ends the watch without it, and so does a week without a word
 * (the deployer would otherwise watch a device that never returns forever). Null: nothing to
 * record yet.
 */
export function evaluateLateReport(
  p: DeviceProgress,
  release: string,
  snapshot: DeviceSnapshot | undefined,
  now: number,
): DeviceProgress | null {
  if (!p.awaiting_report || (p.step !== 'failed' && p.step !== 'rollback_failed')) return null;
  if (now - (p.finished_ms ?? now) > LATE_REPORT_WATCH_MS) {
    return { ...p, awaiting_report: false, error: `${p.error ?? ''}; not heard from within 7 days` };
  }
  if (!snapshot || isGone(snapshot)) return null;
  const target = p.step === 'rollback_failed' ? (p.previous?.release ?? '') : release;
  const r = reported(snapshot);
  if (r.generation < p.generation) return null;
  if (r.release === target && !r.error) return { ...p, awaiting_report: false, converged_ms: now };
  const why = r.error
    ? `refused it when it returned: ${r.error}`
    : `reported ${r.release || 'no release'} at generation ${r.generation} instead`;
  return { ...p, awaiting_report: false, error: `${p.error ?? ''}; ${why}` };
}
