// The fleet as the API and the live feed show it: every device the store has heard from,
// plus every registered device that has not connected yet (health 'unknown'), so a device
// added a minute ago is listed before its daemon is even installed. Also the seed's client
// overview row, a flat summary of one device for tables.
import type { DeviceInfo, DeviceRegistry } from '../registry/device-registry.ts';
import type { FleetStore } from '../store/fleet-store.ts';
import type { DeviceSnapshot, Health } from '../store/types.ts';

export interface FleetView {
  store: FleetStore;
  registry: DeviceRegistry;
}

/** A registered device the store has never heard from. */
export function neverSeen(info: DeviceInfo): DeviceSnapshot {
  return {
    name: info.name,
    health: 'unknown',
    health_since_ms: info.created_ms,
    online: false,
    presence: null,
    status: null,
    last_heartbeat_ms: null,
    last_seen_ms: null,
    heartbeat: null,
    release: '',
    tags: [...info.tags],
    workloads: [],
    counts: { running: 0, failed: 0, total: 0 },
  };
}

/** Every device, seen or only registered, ordered by name. */
export function listDevices({ store, registry }: FleetView): DeviceSnapshot[] {
  const byName = new Map<string, DeviceSnapshot>();
  for (const device of store.devices()) byName.set(device.name, device);
  for (const info of registry.list()) if (!byName.has(info.name)) byName.set(info.name, neverSeen(info));
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One device, seen or only registered; undefined when neither the store nor the registry knows it. */
export function findDevice({ store, registry }: FleetView, name: string): DeviceSnapshot | undefined {
  const seen = store.device(name);
  if (seen) return seen;
  const info = registry.get(name);
  return info ? neverSeen(info) : undefined;
}

export function countByHealth(
  devices: readonly DeviceSnapshot[],
): Record<Health, number> & { total: number } {
  const counts = { online: 0, stale: 0, offline: 0, unknown: 0, total: devices.length };
  for (const device of devices) counts[device.health] += 1;
  return counts;
}

/** The seed's ClientOverview, MQTT-native: one flat row per device. */
export interface ClientOverview {
  name: string;
  health: Health;
  health_since_ms: number | null;
  last_seen_ms: number | null;
  release: string;
  tags: string[];
  workloads: { running: number; failed: number; total: number };
  /** From the latest heartbeat when there is one (fresher than the status), else from the status. */
  cpu_percent: number | null;
  mem_percent: number | null;
  /** SystemMetrics of the last DeviceStatus (mc.proto), null before the first. */
  system: Record<string, unknown> | null;
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function overview(device: DeviceSnapshot): ClientOverview {
  const system = (device.status?.system as Record<string, unknown> | null | undefined) ?? null;
  const memUsed = numberOrNull(system?.mem_used_bytes);
  const memTotal = numberOrNull(system?.mem_total_bytes);
  const statusMemPercent = memUsed !== null && memTotal ? (memUsed / memTotal) * 100 : null;
  return {
    name: device.name,
    health: device.health,
    health_since_ms: device.health_since_ms,
    last_seen_ms: device.last_seen_ms,
    release: device.release,
    tags: device.tags,
    workloads: { ...device.counts },
    cpu_percent: device.heartbeat?.cpu_percent ?? numberOrNull(system?.cpu_percent),
    mem_percent: device.heartbeat?.mem_percent ?? statusMemPercent,
    system,
  };
}
