// One deployment's state machine, advanced as far as the fleet's current state allows. Every
// decision is written to LMDB (ctx.save) before it is acted on (ctx.publish), and every act
// is idempotent — a retained DesiredState republished with the same generation changes
// nothing — so a controller that dies between the two redoes the act on resume.
import type { DeviceSnapshot } from '../store/types.ts';
import { evaluateGate, evaluateLateReport, evaluateRollback, reported } from './health-gate.ts';
import { canarySize } from './plan.ts';
import type { Deployment, DeviceDesired, DeviceProgress } from './types.ts';

export interface StepContext {
  now(): number;
  /** True for a short while after the controller started: presence may still be arriving. */
  settling(): boolean;
  snapshot(device: string): DeviceSnapshot | undefined;
  /** The last desired state the controller gave the device, if any. */
  desired(device: string): DeviceDesired | undefined;
  /** sha256 of a stored release, undefined when the controller has no such release. */
  releaseSha(version: string): string | undefined;
  save(d: Deployment): Promise<void>;
  publish(device: string, desired: DeviceDesired): Promise<void>;
}

const GIVEN = new Set(['deploying', 'healthy', 'failed']);

function failedCount(d: Deployment): number {
  let n = 0;
  for (const name in d.devices) if (d.devices[name]?.step === 'failed') n += 1;
  return n;
}

function desiredOf(d: Deployment, p: DeviceProgress): DeviceDesired {
  const rollingBack = p.step === 'rolling_back';
  return {
    release: rollingBack ? (p.previous?.release ?? '') : d.release,
    sha256: rollingBack ? (p.previous?.sha256 ?? '') : d.sha256,
    generation: p.generation,
    deployment_id: d.id,
  };
}

/** Republishes what the record says is in flight: after a restart or a failed publish. */
export async function resync(d: Deployment, ctx: StepContext): Promise<void> {
  for (const p of Object.values(d.devices)) {
    if (p.step === 'deploying' || p.step === 'rolling_back') await ctx.publish(p.device, desiredOf(d, p));
  }
}

function previousOf(device: string, d: Deployment, ctx: StepContext): DeviceProgress['previous'] {
  const last = ctx.desired(device);
  if (last && last.release !== d.release) return { release: last.release, sha256: last.sha256 };
  const snap = ctx.snapshot(device);
  const running = snap ? reported(snap).release : '';
  const sha = running ? ctx.releaseSha(running) : undefined;
  if (running && sha && running !== d.release) return { release: running, sha256: sha };
  return last ? { release: last.release, sha256: last.sha256 } : null;
}

function nextGeneration(device: string, ctx: StepContext): number {
  const snap = ctx.snapshot(device);
  return Math.max(ctx.desired(device)?.generation ?? 0, snap ? reported(snap).generation : 0) + 1;
}

async function startBatch(d: Deployment, batch: string[], ctx: StepContext): Promise<void> {
  const now = ctx.now();
  for (const name of batch) {
    const p = d.devices[name];
    if (p?.step !== 'pending') continue;
    d.devices[name] = {
      ...p,
      step: 'deploying',
      generation: nextGeneration(name, ctx),
      previous: previousOf(name, d, ctx),
      started_ms: now,
    };
  }
  await ctx.save(d);
  for (const name of batch) {
    const p = d.devices[name];
    if (p?.step === 'deploying') await ctx.publish(name, desiredOf(d, p));
  }
}

/** Aborts (or cancels) the deployment, rolling back every device that was given the release. */
async function abort(
  d: Deployment,
  reason: string | null,
  rollback: boolean,
  ctx: StepContext,
): Promise<void> {
  const now = ctx.now();
  d.error = reason;
  if (!rollback) {
    d.status = reason ? 'failed' : 'cancelled';
    d.finished_ms = now;
    await ctx.save(d);
    return;
  }
  d.status = 'rolling_back';
  d.awaiting_promote = false;
  for (const p of Object.values(d.devices)) {
    if (!GIVEN.has(p.step)) continue;
    d.devices[p.device] = p.previous
      ? {
          ...p,
          step: 'rolling_back',
          generation: nextGeneration(p.device, ctx),
          started_ms: now,
          healthy_since_ms: null,
          finished_ms: null,
          awaiting_report: false,
        }
      : { ...p, step: 'rollback_skipped', finished_ms: now, awaiting_report: false };
  }
  await ctx.save(d);
  await resync(d, ctx);
}

async function advanceRollback(d: Deployment, ctx: StepContext): Promise<void> {
  let changed = false;
  for (const p of Object.values(d.devices)) {
    if (p.step !== 'rolling_back') continue;
    const verdict = evaluateRollback(
      p,
      ctx.snapshot(p.device),
      d.healthy_deadline_ms,
      ctx.now(),
      ctx.settling(),
    );
    if (verdict.progress !== p) {
      d.devices[p.device] = verdict.progress;
      changed = true;
    }
  }
  const devices = Object.values(d.devices);
  if (devices.some((p) => p.step === 'rolling_back')) {
    if (changed) await ctx.save(d);
    return;
  }
  const incomplete = devices.filter((p) => p.step === 'rollback_failed').map((p) => p.device);
  d.status = d.cancel_requested && !d.error ? 'cancelled' : incomplete.length > 0 ? 'failed' : 'rolled_back';
  if (incomplete.length > 0)
    d.error = `${d.error ?? 'cancelled'}; rollback incomplete on ${incomplete.join(', ')}`;
  d.finished_ms = ctx.now();
  await ctx.save(d);
}

async function advanceBatch(
  d: Deployment,
  batch: string[],
  ctx: StepContext,
): Promise<'waiting' | 'passed' | 'aborted'> {
  let changed = false;
  for (const name of batch) {
    const p = d.devices[name];
    if (p?.step !== 'deploying') continue;
    const verdict = evaluateGate(p, ctx.snapshot(name), d, ctx.now(), ctx.settling());
    if (verdict.progress !== p) {
      d.devices[name] = verdict.progress;
      changed = true;
    }
  }
  const failed = failedCount(d);
  // A canary exists to stop the rollout: its failure aborts whatever max_failures allows.
  const canaryFailed = canarySize(d.canary) > 0 && d.current_batch === 0 && failed > 0;
  if (failed > d.max_failures || canaryFailed) {
    const who = Object.values(d.devices).filter((p) => p.step === 'failed');
    const reason = `${who.length} device(s) failed the health gate (max_failures ${d.max_failures}): ${who
      .map((p) => `${p.device}: ${p.error}`)
      .join('; ')}`;
    await abort(d, reason, d.auto_rollback, ctx);
    return 'aborted';
  }
  if (batch.some((n) => d.devices[n]?.step === 'deploying')) {
    if (changed) await ctx.save(d);
    return 'waiting';
  }
  d.current_batch += 1;
  if (canarySize(d.canary) > 0 && d.current_batch === 1 && d.pause_after_canary && !d.promoted)
    d.awaiting_promote = true;
  await ctx.save(d);
  return 'passed';
}

/** Moves the deployment forward until it has to wait for devices, the clock or an operator. */
export async function advance(d: Deployment, ctx: StepContext): Promise<void> {
  if (d.status === 'pending') {
    d.status = 'in_progress';
    await ctx.save(d);
  }
  if (d.status === 'rolling_back') return advanceRollback(d, ctx);
  while (d.status === 'in_progress') {
    const batch = d.batches[d.current_batch];
    const between = !batch || batch.every((n) => d.devices[n]?.step === 'pending');
    // Cancelling stops between batches; a batch in flight finishes its gate first.
    if (d.cancel_requested && (between || d.awaiting_promote)) {
      return abort(d, null, d.rollback_on_cancel, ctx);
    }
    if (d.awaiting_promote) return;
    if (!batch) {
      d.status = 'completed';
      d.finished_ms = ctx.now();
      await ctx.save(d);
      return;
    }
    if (between) await startBatch(d, batch, ctx);
    if ((await advanceBatch(d, batch, ctx)) !== 'passed') return;
  }
}

/**
 * Records devices that report late what the deployment told them (offline during their batch
 * or their rollback; the retained desired state brought them there). Runs for ended
 * deployments too: that is when it matters.
 */
export async function noteLateReports(d: Deployment, ctx: StepContext): Promise<void> {
  let changed = false;
  for (const name in d.devices) {
    const p = d.devices[name];
    // Before the snapshot: building one per device per tick is what would cost.
    if (!p?.awaiting_report) continue;
    const next = evaluateLateReport(p, d.release, ctx.snapshot(p.device), ctx.now());
    if (next) {
      d.devices[p.device] = next;
      changed = true;
    }
  }
  if (changed) await ctx.save(d);
}
