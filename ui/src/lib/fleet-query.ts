// Filtering, sorting and counting the fleet overview, as pure functions over device
// snapshots so the overview can re-run them on every published frame (1,000 devices take
// well under a millisecond) and they can be tested without a browser.
import { cpuPercent, diskPercent, memPercent } from './metrics.ts';
import { type DeviceSnapshot, HEALTHS, type Health } from './types.ts';

export const SORT_KEYS = ['name', 'health', 'cpu', 'mem', 'disk', 'failed', 'last_seen'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  name: 'name',
  health: 'health',
  cpu: 'CPU',
  mem: 'memory',
  disk: 'disk',
  failed: 'failed workloads',
  last_seen: 'last seen',
};

export interface FleetQuery {
  /** Part of the name, case-insensitive. */
  text: string;
  /** '' = any tag. */
  tag: string;
  /** '' = any health. */
  health: Health | '';
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_QUERY: FleetQuery = { text: '', tag: '', health: '', sort: 'name', descending: false };

/** Worst first when sorted by health: what needs attention comes up. */
const HEALTH_RANK: Record<Health, number> = { offline: 0, stale: 1, unknown: 2, online: 3 };

function sortValue(device: DeviceSnapshot, key: SortKey): number | string | null {
  switch (key) {
    case 'name':
      return device.name;
    case 'health':
      return HEALTH_RANK[device.health];
    case 'cpu':
      return cpuPercent(device);
    case 'mem':
      return memPercent(device);
    case 'disk':
      return diskPercent(device);
    case 'failed':
      return device.counts.failed;
    case 'last_seen':
      return device.last_seen_ms;
  }
}

export function queryFleet(devices: readonly DeviceSnapshot[], query: FleetQuery): DeviceSnapshot[] {
  const text = query.text.trim().toLowerCase();
  const rows = devices.filter(
    (d) =>
      (!text || d.name.includes(text)) &&
      (!query.tag || d.tags.includes(query.tag)) &&
      (!query.health || d.health === query.health),
  );
  if (query.sort === 'name' && !query.descending) return rows; // the feed's own order
  const direction = query.descending ? -1 : 1;
  const keyed = rows.map((device) => ({ device, value: sortValue(device, query.sort) }));
  keyed.sort((a, b) => {
    // Unknown values go last whichever the direction: they are not "smallest".
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.device.name < b.device.name ? -1 : 1;
      return a.value === null ? 1 : -1;
    }
    if (a.value !== b.value) return (a.value < b.value ? -1 : 1) * direction;
    return a.device.name < b.device.name ? -1 : 1;
  });
  return keyed.map((k) => k.device);
}

export interface FleetCounts {
  total: number;
  byHealth: Record<Health, number>;
  workloads: { running: number; failed: number; total: number };
}

export function countFleet(devices: readonly DeviceSnapshot[]): FleetCounts {
  const byHealth = Object.fromEntries(HEALTHS.map((h) => [h, 0])) as Record<Health, number>;
  const workloads = { running: 0, failed: 0, total: 0 };
  for (const d of devices) {
    byHealth[d.health] += 1;
    workloads.running += d.counts.running;
    workloads.failed += d.counts.failed;
    workloads.total += d.counts.total;
  }
  return { total: devices.length, byHealth, workloads };
}

/** Every tag in the fleet, sorted, for the tag filter. */
export function fleetTags(devices: readonly DeviceSnapshot[]): string[] {
  const tags = new Set<string>();
  for (const d of devices) for (const t of d.tags) tags.add(t);
  return [...tags].sort();
}
