// Turning a deployment request into its fixed plan: which devices, in which batches. Targets
// are resolved once, at creation: a device tagged later is not pulled into a running
// deployment, and the persisted plan is what a restarted controller continues.
import { McError } from '../../proto/errors.ts';
import type { DeviceRegistry } from '../registry/device-registry.ts';
import type { FleetStore } from '../store/fleet-store.ts';
import type { DeploymentSpec } from './types.ts';

/** Device names the spec targets, sorted; unknown names and empty selections are refused. */
export function resolveTargets(
  targets: DeploymentSpec['targets'],
  fleet: { store: FleetStore; registry?: DeviceRegistry },
): string[] {
  const known = new Map<string, string[]>();
  for (const d of fleet.registry?.list() ?? []) known.set(d.name, [...d.tags]);
  // A device's own status carries the tags of its daemon.yaml: both sources count.
  for (const d of fleet.store.devices()) known.set(d.name, [...(known.get(d.name) ?? []), ...d.tags]);
  if ('devices' in targets) {
    const unknown = targets.devices.filter((n) => !known.has(n));
    if (unknown.length > 0) throw new McError('MC_ERR_NOT_FOUND', `unknown devices: ${unknown.join(', ')}`);
    const names = [...new Set(targets.devices)].sort();
    if (names.length === 0) throw new McError('MC_ERR_INVALID_ARGUMENT', 'no target devices');
    return names;
  }
  if ('all' in targets) {
    if (known.size === 0) throw new McError('MC_ERR_NOT_FOUND', 'no devices known to deploy to');
    return [...known.keys()].sort();
  }
  const names = [...known].filter(([, tags]) => tags.includes(targets.tag)).map(([n]) => n);
  if (names.length === 0) throw new McError('MC_ERR_NOT_FOUND', `no device carries the tag ${targets.tag}`);
  return names.sort();
}

/** Canary size of a spec: a boolean (older records, and `canary: true` in the API) means 1. */
export function canarySize(canary: number | boolean): number {
  return canary === true ? 1 : canary === false ? 0 : Math.max(0, Math.floor(canary));
}

/** Batches of batch_size in name order; with a canary of N the first batch is the first N devices. */
export function planBatches(
  devices: readonly string[],
  batchSize: number,
  canary: number | boolean,
): string[][] {
  const batches: string[][] = [];
  let rest = [...devices];
  const n = canarySize(canary);
  if (n > 0 && rest.length > 0) {
    batches.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  for (let i = 0; i < rest.length; i += batchSize) batches.push(rest.slice(i, i + batchSize));
  return batches;
}
