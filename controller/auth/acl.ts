// The fleet ACL (DESIGN.md §6) as two pure functions: what each role may publish and which
// subscription filters it may use. Filters are judged by their own shape, never by sample
// topics, so a wildcard that could reach another device's topics is refused even when no
// such topic exists yet. The table of every decision is test/unit/registry-acl.test.ts and
// docs/security.md. Anything outside `mc/` is refused for every role.
import {
  isValidDeviceName,
  isValidName,
  type ParsedTopic,
  parseTopic,
  ROOT,
  VERSION_PATTERN,
} from '../../proto/topics.ts';

export type Role = 'device' | 'operator' | 'observer';

/** The part of a broker ClientIdentity the ACL looks at. */
export interface Principal {
  role: string;
  device?: string;
}

type Kind = ParsedTopic['kind'];

/** What a device says about itself; `reply` is checked separately (any requester). */
const DEVICE_OWN_KINDS: ReadonlySet<Kind> = new Set([
  'presence',
  'status',
  'heartbeat',
  'events',
  'workload',
  'logs',
]);

/**
 * Commands, desired state and releases, plus the three retained telemetry kinds so an
 * operator can clear a removed device's retained messages with empty payloads. The
 * Authorizer does not see the payload, so non-empty telemetry from an operator is allowed
 * too (docs/security.md).
 */
const OPERATOR_KINDS: ReadonlySet<Kind> = new Set([
  'cmd',
  'desired',
  'release',
  'presence',
  'status',
  'workload',
]);

/** Three-level telemetry leaves (`mc/{d}/{leaf}`) an observer may read. */
const OBSERVER_LEAVES: ReadonlySet<string> = new Set(['presence', 'status', 'heartbeat', 'events']);
/** Four-level telemetry (`mc/{d}/{branch}/{w}`) an observer may read. */
const OBSERVER_BRANCHES: ReadonlySet<string> = new Set(['workloads', 'logs']);

export function canPublish(who: Principal, topic: string): boolean {
  const parsed = parseTopic(topic);
  if (!parsed) return false;
  switch (who.role) {
    case 'device':
      if (who.device === undefined) return false;
      if (parsed.kind === 'reply') return true;
      return 'device' in parsed && parsed.device === who.device && DEVICE_OWN_KINDS.has(parsed.kind);
    case 'operator':
      return OPERATOR_KINDS.has(parsed.kind);
    default:
      return false;
  }
}

export function canSubscribe(who: Principal, filter: string): boolean {
  const levels = filter.split('/');
  if (levels[0] !== ROOT || levels.length < 2) return false;
  switch (who.role) {
    case 'device':
      return who.device !== undefined && deviceMaySubscribe(who.device, levels);
    case 'operator':
      return true;
    case 'observer':
      return observerMaySubscribe(levels);
    default:
      return false;
  }
}

/** Exactly `mc/{self}/cmd`, `mc/{self}/desired`, `mc/releases/#`, `mc/releases/+`, `mc/releases/{v}`. */
function deviceMaySubscribe(self: string, levels: string[]): boolean {
  if (levels.length !== 3 || !isValidDeviceName(self)) return false;
  const [, second, third = ''] = levels;
  if (second === 'releases') return third === '#' || third === '+' || VERSION_PATTERN.test(third);
  return second === self && (third === 'cmd' || third === 'desired');
}

/**
 * `mc/{d|+}/{presence|status|heartbeat|events}` and `mc/{d|+}/{workloads|logs}/{w|+}`; no
 * `#` anywhere, since `mc/+/#` would include commands and desired state.
 */
function observerMaySubscribe(levels: string[]): boolean {
  const [, device = '', leaf = '', workload = ''] = levels;
  if (device !== '+' && !isValidDeviceName(device)) return false;
  if (levels.length === 3) return OBSERVER_LEAVES.has(leaf);
  if (levels.length === 4) return OBSERVER_BRANCHES.has(leaf) && (workload === '+' || isValidName(workload));
  return false;
}
