// Builders and parsers for every topic of the mc/ contract (docs/topics.md). This is the
// only file that builds or splits topic strings; everything else calls these helpers.
import { McError } from './errors.ts';

/** Device, workload and client names: one MQTT topic level, safe in file names too. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;
/** Release versions may carry dots and capitals (semver), but never '/', '+', '#'. */
export const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
/** Second-level words used by fleet-wide topics; no device may take these names. */
export const RESERVED_DEVICE_NAMES: ReadonlySet<string> = new Set(['reply', 'releases', 'all', 'sys']);

export const ROOT = 'mc';

export type TopicKind =
  | 'presence'
  | 'status'
  | 'workload'
  | 'heartbeat'
  | 'events'
  | 'logs'
  | 'cmd'
  | 'reply'
  | 'desired'
  | 'release';

export type ParsedTopic =
  | { kind: 'presence' | 'status' | 'heartbeat' | 'events' | 'cmd' | 'desired'; device: string }
  | { kind: 'workload' | 'logs'; device: string; workload: string }
  | { kind: 'reply'; client: string }
  | { kind: 'release'; version: string };

export function isValidName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

export function isValidDeviceName(name: string): boolean {
  return NAME_PATTERN.test(name) && !RESERVED_DEVICE_NAMES.has(name);
}

export function assertName(name: string, what = 'name'): string {
  if (!NAME_PATTERN.test(name)) {
    throw new McError(
      'MC_ERR_INVALID_NAME',
      `invalid ${what} ${JSON.stringify(name)}: must match ${NAME_PATTERN.source}`,
    );
  }
  return name;
}

export function assertDeviceName(name: string): string {
  assertName(name, 'device name');
  if (RESERVED_DEVICE_NAMES.has(name)) {
    throw new McError(
      'MC_ERR_INVALID_NAME',
      `device name ${JSON.stringify(name)} is reserved by the topic contract`,
    );
  }
  return name;
}

export function assertVersion(version: string): string {
  if (!VERSION_PATTERN.test(version)) {
    throw new McError(
      'MC_ERR_INVALID_NAME',
      `invalid release version ${JSON.stringify(version)}: must match ${VERSION_PATTERN.source}`,
    );
  }
  return version;
}

const deviceTopic = (device: string, leaf: string) => `${ROOT}/${assertDeviceName(device)}/${leaf}`;

/** Topic builders; each validates its names and throws McError(MC_ERR_INVALID_NAME) on a bad one. */
export const topics = {
  presence: (device: string) => deviceTopic(device, 'presence'),
  status: (device: string) => deviceTopic(device, 'status'),
  workload: (device: string, workload: string) =>
    deviceTopic(device, `workloads/${assertName(workload, 'workload name')}`),
  heartbeat: (device: string) => deviceTopic(device, 'heartbeat'),
  events: (device: string) => deviceTopic(device, 'events'),
  logs: (device: string, workload: string) =>
    deviceTopic(device, `logs/${assertName(workload, 'workload name')}`),
  cmd: (device: string) => deviceTopic(device, 'cmd'),
  desired: (device: string) => deviceTopic(device, 'desired'),
  reply: (client: string) => `${ROOT}/reply/${assertName(client, 'client name')}`,
  release: (version: string) => `${ROOT}/releases/${assertVersion(version)}`,
} as const;

/** Subscription filters (wildcards). `device` defaults to every device ('+'). */
export const filters = {
  all: () => `${ROOT}/#`,
  presence: (device?: string) => (device ? topics.presence(device) : `${ROOT}/+/presence`),
  status: (device?: string) => (device ? topics.status(device) : `${ROOT}/+/status`),
  workloads: (device?: string) => (device ? deviceTopic(device, 'workloads/+') : `${ROOT}/+/workloads/+`),
  heartbeat: (device?: string) => (device ? topics.heartbeat(device) : `${ROOT}/+/heartbeat`),
  events: (device?: string) => (device ? topics.events(device) : `${ROOT}/+/events`),
  logs: (device?: string, workload?: string) =>
    device && workload
      ? topics.logs(device, workload)
      : device
        ? deviceTopic(device, 'logs/+')
        : `${ROOT}/+/logs/+`,
  /** Everything a device publishes about itself, for one device or all. */
  device: (device?: string) => (device ? deviceTopic(device, '#') : `${ROOT}/+/#`),
  releases: () => `${ROOT}/releases/+`,
} as const;

/**
 * Parses a concrete topic (no wildcards) into its kind and names; null when the topic is
 * not part of the contract. Never throws: topics come from the network.
 */
export function parseTopic(topic: string): ParsedTopic | null {
  const parts = topic.split('/');
  if (parts[0] !== ROOT) return null;
  const second = parts[1];
  if (second === undefined) return null;
  if (parts.length === 3 && second === 'reply') {
    const client = parts[2] as string;
    return NAME_PATTERN.test(client) ? { kind: 'reply', client } : null;
  }
  if (parts.length === 3 && second === 'releases') {
    const version = parts[2] as string;
    return VERSION_PATTERN.test(version) ? { kind: 'release', version } : null;
  }
  if (!isValidDeviceName(second)) return null;
  const device = second;
  if (parts.length === 3) {
    const leaf = parts[2];
    switch (leaf) {
      case 'presence':
      case 'status':
      case 'heartbeat':
      case 'events':
      case 'cmd':
      case 'desired':
        return { kind: leaf, device };
      default:
        return null;
    }
  }
  if (parts.length === 4) {
    const workload = parts[3] as string;
    if (!NAME_PATTERN.test(workload)) return null;
    if (parts[2] === 'workloads') return { kind: 'workload', device, workload };
    if (parts[2] === 'logs') return { kind: 'logs', device, workload };
  }
  return null;
}

/** MQTT topic-filter matching ('+' one level, '#' the rest), for routing and ACL checks. */
export function matchesFilter(filter: string, topic: string): boolean {
  const f = filter.split('/');
  const t = topic.split('/');
  // [MQTT-4.7.2-1] wildcards at the first level do not match topics starting with '$'
  if ((f[0] === '#' || f[0] === '+') && topic.startsWith('$')) return false;
  for (let i = 0; i < f.length; i++) {
    const level = f[i];
    if (level === '#') return true; // also matches the parent level: 'a/#' matches 'a'
    if (i >= t.length) return false;
    if (level !== '+' && level !== t[i]) return false;
  }
  return f.length === t.length;
}
