// Decoded telemetry → the plain shapes the store hands out: toPlain() of the message, with
// the contract's enums as the short names people read ('running', 'memory_warning') rather
// than the wire's numbers or the long Protobuf names.
import { decode, type Message, toPlain } from '../../proto/codec.ts';
import { eventTypeName, workloadStatusName } from '../../proto/names.ts';
import type { EventRecord } from './fleet-db.ts';
import type { HeartbeatSnapshot, StoredEvent, WorkloadSnapshot } from './types.ts';

export function plainPresence(message: Message<'presence'>): Record<string, unknown> {
  return toPlain('presence', message);
}

export function plainStatus(message: Message<'status'>): Record<string, unknown> {
  const plain = toPlain('status', message);
  plain.workloads = message.workloads.map((summary) => ({
    name: summary.name,
    status: workloadStatusName(summary.status ?? 0),
  }));
  return plain;
}

/** `name` is the topic's workload name: the topic, not the payload, says which retained slot this is. */
export function workloadSnapshot(name: string, message: Message<'workload'>): WorkloadSnapshot {
  // toPlain fills every field with its default, which is what the interface promises.
  const plain = toPlain('workload', message);
  return {
    ...plain,
    name,
    status: workloadStatusName(message.status),
    // Optional in the proto, so toPlain omits it when unset; a stable shape is kinder to readers.
    last_exit_code: message.last_exit_code ?? null,
  } as WorkloadSnapshot;
}

export function heartbeatSnapshot(message: Message<'heartbeat'>): HeartbeatSnapshot {
  return {
    seq: Number(message.seq),
    uptime_s: Number(message.uptime_s),
    cpu_percent: message.cpu_percent,
    mem_percent: message.mem_percent,
  };
}

export function eventRecord(device: string, message: Message<'events'>, receivedMs: number): EventRecord {
  return {
    device,
    seq: Number(message.seq),
    ts_ms: Number(message.ts_ms),
    received_ms: receivedMs,
    type: eventTypeName(message.type),
    workload: message.workload,
    message: message.message,
    exit_code: message.exit_code ?? null,
    signal: message.signal,
    run_id: message.run_id,
    attrs: { ...message.attrs },
    boot_id: message.boot_id,
  };
}

/** The public event: the stored record without its internal boot id. */
export function storedEvent(record: EventRecord): StoredEvent {
  const { boot_id: _boot, ...event } = record;
  return event;
}

/** Decodes a payload kept in LMDB; null when a newer/older contract made it unreadable. */
export function decodeStored<K extends 'presence' | 'status' | 'workload'>(
  kind: K,
  bytes: Uint8Array | null,
): Message<K> | null {
  if (bytes === null) return null;
  const result = decode(kind, bytes);
  return result.ok ? result.value : null;
}
