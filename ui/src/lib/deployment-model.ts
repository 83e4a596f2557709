// Deployments as the dashboard shows them, without any UI framework: a book of deployment
// records fed by the live feed's snapshot and deltas and by GET /api/deployments (the newer
// record of the two wins, record-book.ts), the per-batch and per-device progress the detail page draws, and
// the create form turned into the API's request body with a message per bad field.
import type { DeploymentStatus, DeviceProgress, DeviceStep } from '../../../controller/deploy/types.ts';
import type { DeploymentView } from '../../../controller/live/messages.ts';
import { RecordBook } from './record-book.ts';

export type { DeploymentStatus, DeploymentView, DeviceProgress, DeviceStep };

const ACTIVE: readonly DeploymentStatus[] = ['pending', 'in_progress', 'rolling_back'];

export const isActive = (d: Pick<DeploymentView, 'status'>): boolean => ACTIVE.includes(d.status);

export type Tone = 'ok' | 'warn' | 'bad' | '';

export const STATUS_TONE: Record<DeploymentStatus, Tone> = {
  pending: '',
  in_progress: 'warn',
  completed: 'ok',
  failed: 'bad',
  rolling_back: 'warn',
  rolled_back: 'bad',
  cancelled: '',
};

export const STEP_TONE: Record<DeviceStep, Tone> = {
  pending: '',
  deploying: 'warn',
  healthy: 'ok',
  failed: 'bad',
  rolling_back: 'warn',
  rolled_back: 'bad',
  rollback_failed: 'bad',
  rollback_skipped: 'bad',
};

/** `in_progress` → `in progress`. */
export const label = (value: string): string => value.replaceAll('_', ' ');

/** Every deployment this page knows, newest first (see RecordBook). */
export class DeploymentBook extends RecordBook<DeploymentView> {
  constructor() {
    super(isActive);
  }
}

export type BatchState = 'waiting' | 'in_progress' | 'passed' | 'failed' | 'not_started';

export interface BatchProgress {
  /** 0-based; shown 1-based. */
  index: number;
  canary: boolean;
  state: BatchState;
  devices: DeviceProgress[];
  healthy: number;
}

const FAILED_STEPS: readonly DeviceStep[] = [
  'failed',
  'rolling_back',
  'rolled_back',
  'rollback_failed',
  'rollback_skipped',
];

const canaryOf = (canary: number | boolean): number =>
  canary === true ? 1 : canary === false ? 0 : Math.max(0, Math.floor(canary));

/** A device missing from the record's progress map (never expected) shows as pending. */
function progressOf(d: DeploymentView, device: string, batch: number): DeviceProgress {
  return (
    d.devices[device] ?? {
      device,
      batch,
      step: 'pending',
      generation: 0,
      previous: null,
      started_ms: null,
      healthy_since_ms: null,
      failures_baseline: null,
      finished_ms: null,
      error: null,
    }
  );
}

export function batchesOf(d: DeploymentView): BatchProgress[] {
  const active = isActive(d);
  return d.batches.map((names, index) => {
    const devices = names.map((n) => progressOf(d, n, index));
    const healthy = devices.filter((p) => p.step === 'healthy').length;
    let state: BatchState;
    if (devices.some((p) => FAILED_STEPS.includes(p.step))) state = 'failed';
    else if (devices.length > 0 && healthy === devices.length) state = 'passed';
    else if (devices.some((p) => p.step !== 'pending')) state = 'in_progress';
    // The current batch waits (not in progress) while the deployment waits for promotion.
    else if (index === d.current_batch && active && !d.awaiting_promote) state = 'in_progress';
    else state = active ? 'waiting' : 'not_started';
    return { index, canary: index === 0 && canaryOf(d.canary) > 0, state, devices, healthy };
  });
}

export interface Totals {
  total: number;
  healthy: number;
  failed: number;
  inFlight: number;
  pending: number;
  /** Healthy share of all targets, 0–100. */
  percent: number;
}

export function totalsOf(d: DeploymentView): Totals {
  const steps = d.batches.flat().map((n) => d.devices[n]?.step ?? 'pending');
  const count = (pred: (s: DeviceStep) => boolean) => steps.filter(pred).length;
  const total = steps.length;
  const healthy = count((s) => s === 'healthy');
  return {
    total,
    healthy,
    failed: count((s) => FAILED_STEPS.includes(s)),
    inFlight: count((s) => s === 'deploying'),
    pending: count((s) => s === 'pending'),
    percent: total === 0 ? 0 : Math.round((healthy / total) * 100),
  };
}

/** The targets in words: `3 devices: a, b, c` or `tag lab` or `every device`. */
export function targetsText(d: DeploymentView): string {
  const t = d.targets;
  if ('tag' in t) return `tag ${t.tag}`;
  if ('all' in t) return 'every device';
  const shown = t.devices.slice(0, 5).join(', ');
  return `${t.devices.length} device${t.devices.length === 1 ? '' : 's'}: ${shown}${t.devices.length > 5 ? ', …' : ''}`;
}

export const canCancel = (d: DeploymentView): boolean => isActive(d) && !d.cancel_requested;
export const canPromote = (d: DeploymentView): boolean => isActive(d) && d.awaiting_promote;

/** What the operator should know at a glance, beyond the status. */
export function noteOf(d: DeploymentView): string {
  if (d.awaiting_promote) return 'The canary passed: promote to continue with the other batches.';
  if (d.cancel_requested && isActive(d))
    return d.rollback_on_cancel
      ? 'Cancelling: the batch in flight finishes its health gate, then devices go back.'
      : 'Cancelling: the batch in flight finishes its health gate; no further batch starts.';
  return '';
}

// --- the create form -------------------------------------------------------------------

export type TargetMode = 'all' | 'devices' | 'tag';

export interface DeploymentForm {
  release: string;
  target: TargetMode;
  devices: string[];
  tag: string;
  batch_size: number;
  canary: number;
  pause_after_canary: boolean;
  auto_rollback: boolean;
  /** Seconds. */
  min_healthy_time: number;
  /** Seconds: from a device's desired state to passing, else it failed. */
  health_check_timeout: number;
  max_failures: number;
}

/** The API's defaults (controller/api/deploy-routes.ts). */
export const DEFAULT_FORM: DeploymentForm = {
  release: '',
  target: 'all',
  devices: [],
  tag: '',
  batch_size: 1,
  canary: 0,
  pause_after_canary: false,
  auto_rollback: true,
  min_healthy_time: 10,
  health_check_timeout: 300,
  max_failures: 0,
};

/** POST /api/deployments, in the API's names (times in seconds). */
export interface DeploymentRequest {
  release: string;
  devices?: string[];
  tag?: string;
  batch_size: number;
  canary: number;
  pause_after_canary: boolean;
  auto_rollback: boolean;
  min_healthy_time: number;
  health_check_timeout: number;
  max_failures: number;
}

export type FormErrors = Partial<Record<keyof DeploymentForm, string>>;

const MAX_SECONDS = 86_400;
const isInt = (n: number, min: number) => Number.isInteger(n) && n >= min;

export function requestOf(
  form: DeploymentForm,
): { ok: true; body: DeploymentRequest } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!form.release) errors.release = 'choose a stored release';
  if (form.target === 'devices' && form.devices.length === 0) errors.devices = 'choose at least one device';
  const tag = form.tag.trim();
  if (form.target === 'tag' && !tag) errors.tag = 'give the tag';
  if (!isInt(form.batch_size, 1)) errors.batch_size = 'a whole number, at least 1';
  if (!isInt(form.canary, 0)) errors.canary = 'a whole number, 0 for none';
  if (!isInt(form.max_failures, 0)) errors.max_failures = 'a whole number, 0 or more';
  const minHealthy = form.min_healthy_time;
  if (!(minHealthy > 0 && minHealthy <= MAX_SECONDS))
    errors.min_healthy_time = `seconds, more than 0 and at most ${MAX_SECONDS}`;
  const timeout = form.health_check_timeout;
  if (!(timeout > 0 && timeout <= MAX_SECONDS))
    errors.health_check_timeout = `seconds, more than 0 and at most ${MAX_SECONDS}`;
  else if (!errors.min_healthy_time && !(timeout > minHealthy))
    errors.health_check_timeout = 'must be longer than the minimum healthy time';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      release: form.release,
      ...(form.target === 'devices' ? { devices: [...form.devices].sort() } : {}),
      ...(form.target === 'tag' ? { tag } : {}),
      batch_size: form.batch_size,
      canary: form.canary,
      pause_after_canary: form.canary > 0 && form.pause_after_canary,
      auto_rollback: form.auto_rollback,
      min_healthy_time: minHealthy,
      health_check_timeout: timeout,
      max_failures: form.max_failures,
    },
  };
}

/**
 * The batches the controller will make of `devices` (sorted names), for the form's preview:
 * the same rule as planBatches in controller/deploy/plan.ts (a unit test holds them equal).
 */
export function previewBatches(devices: readonly string[], batchSize: number, canary: number): string[][] {
  const names = [...new Set(devices)].sort();
  const size = Math.max(1, Math.floor(batchSize) || 1);
  const batches: string[][] = [];
  let rest = names;
  const n = canaryOf(canary);
  if (n > 0 && rest.length > 0) {
    batches.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  for (let i = 0; i < rest.length; i += size) batches.push(rest.slice(i, i + size));
  return batches;
}

/** Names the form would target among `fleet` (name + tags), like the controller resolves them. */
export function targetedDevices(
  form: Pick<DeploymentForm, 'target' | 'devices' | 'tag'>,
  fleet: readonly { name: string; tags: readonly string[] }[],
): string[] {
  if (form.target === 'devices') return [...form.devices].sort();
  if (form.target === 'tag') {
    const tag = form.tag.trim();
    return fleet
      .filter((d) => d.tags.includes(tag))
      .map((d) => d.name)
      .sort();
  }
  return fleet.map((d) => d.name).sort();
}
