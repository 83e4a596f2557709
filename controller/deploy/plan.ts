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
  const names = [...known].filter(([, tags]) => tags.includes(targets.tag)).map(([n]) => n);
  if (names.length === 0) throw new McError('MC_ERR_NOT_FOUND', `no device carries the tag ${targets.tag}`);
  return names.sort();
}

/** Batches of batch_size in name order; with canary the first batch is the first device alone. */
export function planBatches(devices: readonly string[], batchSize: number, canary: boolean): string[][] {
  const batches: string[][] = [];
  let rest = [...devices];
  if (canary && rest.length > 0) {
    batches.push(rest.slice(0, 1));
    rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i += batchSize) batches.push(rest.slice(i, i + batchSize));
  return batches;
}
