// Rebuilds the in-memory device map from LMDB when the store opens: the retained messages
// last received (presence, status, workloads, kept as raw payloads) and the liveness record.
// A record this controller's contract cannot decode is dropped rather than guessed at; the
// broker's retained copy will bring it back.
import type { Logger } from 'pino';
import { DeviceEntry } from './device-entry.ts';
import type { FleetDb, PayloadRecord } from './fleet-db.ts';
import { decodeStored, plainPresence, plainStatus, workloadSnapshot } from './plain.ts';

export function loadDevices(db: FleetDb, nowMs: number, logger: Logger): Map<string, DeviceEntry> {
  const devices = new Map<string, DeviceEntry>();
  const entry = (name: string) => {
    let found = devices.get(name);
    if (!found) {
      found = new DeviceEntry(name, nowMs);
      devices.set(name, found);
    }
    return found;
  };
  const unreadable = (key: unknown, what: string, remove: () => Promise<unknown>) => {
    logger.warn({ key, what }, 'dropping unreadable fleet store record');
    db.track(remove(), `${what} unreadable`);
  };

  for (const { key, value } of db.presence.getRange()) {
    const message = decodeStored('presence', payloadOf(value));
    if (!message) {
      unreadable(key, 'presence', () => db.presence.remove(key));
      continue;
    }
    const e = entry(key);
    e.presence = plainPresence(message);
    e.online = message.online;
    e.presenceBoot = message.boot_id;
    e.presenceSinceMs = Number(message.since_ms);
  }
  for (const { key, value } of db.status.getRange()) {
    const message = decodeStored('status', payloadOf(value));
    if (!message) {
      unreadable(key, 'status', () => db.status.remove(key));
      continue;
    }
    const e = entry(key);
    e.status = plainStatus(message);
    e.statusSeq = Number(message.seq);
    e.statusBoot = message.boot_id;
  }
  for (const { key, value } of db.workloads.getRange()) {
    const [device, name] = key;
    const message = decodeStored('workload', value);
    if (!message) {
      unreadable(key, 'workload', () => db.workloads.remove(key));
      continue;
    }
    entry(device).workloads.set(name, workloadSnapshot(name, message));
  }
  const restored = new Set<string>();
  for (const { key, value } of db.liveness.getRange()) {
    entry(key).restoreLiveness(value);
    restored.add(key);
  }
  for (const e of devices.values()) {
    // Health is written in the same commit as the presence that changed it; a missing record
    // means a crash before the first one, so derive it from the presence.
    if (!restored.has(e.name)) e.health = e.presence === null ? 'unknown' : e.online ? 'online' : 'offline';
    // Every device gets a full stale period from now: heartbeats did not reach a stopped controller.
    e.onlineAtMs = nowMs;
    e.workloadsChanged();
  }
  return devices;
}

function payloadOf(record: PayloadRecord | undefined): Uint8Array | null {
  return record?.payload ?? null;
}
