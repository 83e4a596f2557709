// When a device counts as online, stale or offline, and which retained replays to ignore.
// Pure functions over a DeviceEntry, so the rules read in one place (docs/fleet-store.md).
//
//   offline  the last presence said online:false — the Last Will, or a clean shutdown. At once.
//   stale    presence still says online, but the device has been silent for staleAfterMs:
//            silent = no heartbeat since the current online period began, or, for a device
//            that has sent none in this period, no live status since then.
//   online   presence online (or, with no presence known, a heartbeat) and not silent.
//   unknown  nothing says either way yet (only a status or workloads seen, or presence cleared).
import type { DeviceEntry } from './device-entry.ts';
import type { WorkloadSnapshot } from './types.ts';

/** The controller-clock time from which the device has been silent. */
export function silentSinceMs(entry: DeviceEntry): number {
  const heartbeat = entry.lastHeartbeatMs;
  if (heartbeat !== null && heartbeat >= entry.onlineAtMs) return heartbeat;
  return Math.max(entry.onlineAtMs, entry.statusAtMs);
}

/** An online device whose silence has lasted longer than staleAfterMs. */
export function isStale(entry: DeviceEntry, nowMs: number, staleAfterMs: number): boolean {
  return entry.health === 'online' && nowMs - silentSinceMs(entry) > staleAfterMs;
}

/**
 * A heartbeat proves the device is connected now: it revives a stale device and settles an
 * unknown one. It never overrides an offline presence — only a new presence online does,
 * since a heartbeat racing the Last Will must not resurrect a device the broker declared lost.
 */
export function heartbeatRevives(entry: DeviceEntry): boolean {
  return entry.health === 'stale' || entry.health === 'unknown';
}

/** A live status revives a stale device only when status is its sign of life (no heartbeat this period). */
export function statusRevives(entry: DeviceEntry): boolean {
  if (entry.health !== 'stale') return false;
  const heartbeat = entry.lastHeartbeatMs;
  return heartbeat === null || heartbeat < entry.onlineAtMs;
}

/**
 * A presence from the same daemon run (boot id) that began before the one we hold is a late
 * copy — typically the Last Will of a connection the device already replaced — and is ignored.
 * A different boot id always wins: a device without a clock at boot may go back in time.
 */
export function isOlderPresence(entry: DeviceEntry, bootId: string, sinceMs: number): boolean {
  return (
    entry.presence !== null &&
    bootId !== '' &&
    bootId === entry.presenceBoot &&
    sinceMs > 0 &&
    sinceMs < entry.presenceSinceMs
  );
}

/**
 * A status whose seq is not newer than the stored one from the same boot is a retained replay
 * or a late copy. seq 0 means the sender does not number its statuses: always taken.
 */
export function isOlderStatus(entry: DeviceEntry, bootId: string, seq: number): boolean {
  return entry.status !== null && seq > 0 && bootId === entry.statusBoot && seq <= entry.statusSeq;
}

/**
 * A workload state older than the one held: from the same daemon run (boot id) with an
 * earlier ts_ms, or from another run while the one held is from the run the device's
 * presence names (the current one). Such copies arrive after newer states when a persistent
 * session's queue is delivered behind live messages, or as a retained replay. States without
 * a boot id (older daemons, other publishers) are always taken.
 */
export function isOlderWorkloadState(
  held: WorkloadSnapshot,
  incoming: WorkloadSnapshot,
  presenceBoot: string,
): boolean {
  if (incoming.boot_id === '' || held.boot_id === '') return false;
  if (incoming.boot_id === held.boot_id) return incoming.ts_ms < held.ts_ms;
  return held.boot_id === presenceBoot;
}
