// What the QoS 1/2 queues of persistent sessions hold (outgoing-queue.ts): a record per
// queued message and session, a session's records with their packet-id index, and the key
// format and packet copies of aedes-persistence-level, whose stores this one reads and writes.

export const OUTGOING = 'outgoing:';
const OUTGOING_ID = 'outgoing-id:';

/** A packet as queued: aedes' Packet fields, and the packet id once sent. */
export interface QueuedPacket {
  cmd: string;
  brokerId: string;
  brokerCounter: number;
  messageId?: number;
  [field: string]: unknown;
}

export interface Rec {
  /** Its message's tag, `<broker id>:<broker counter>`: its key within its session. */
  readonly id: string;
  readonly session: Session;
  packet: QueuedPacket;
  /** The packet id it is indexed under in its session (set when sent). */
  messageId?: number;
  /** The connection (connectionOf) it was last sent on with that id. */
  sentOn?: number;
  /** Its record was written or is queued for writing (in order, behind the batcher). */
  onDisk: boolean;
  /** The `outgoing-id:` key written for it, if any. */
  idKey?: string;
  /** Its acceptance is pending (not on disk, not acknowledged). */
  accepting: boolean;
  acceptedAt: number;
}

export interface Session {
  readonly clientId: string;
  /** `outgoing:<client>:`, the prefix of its records' keys. */
  readonly prefix: string;
  /** In flight, by tag, in enqueue order (records read from disk: in key order). */
  readonly records: Map<string, Rec>;
  readonly byMessageId: Map<number, Rec>;
  /**
   * Tags of its records written while it was offline and not read back (the newest
   * DISK_ONLY_TRACKED): aedes may still deliver such a message live when the client
   * connects or leaves at that moment, and update() then takes it up from here.
   */
  readonly diskOnly: Set<string>;
}

export const DISK_ONLY_TRACKED = 10_000;

// aedes-persistence-level's key format: the client id URI-encoded (so it holds no ':'), the
// broker counter zero-padded to 16 digits (so keys sort in counter order).
const pad = (n: number | undefined) => String(n).padStart(16, '0');
const sessionPrefix = (clientId: string) => `${OUTGOING}${encodeURIComponent(clientId)}:`;
export const keyOf = (rec: Rec) =>
  `${rec.session.prefix}${rec.packet.brokerId}:${pad(rec.packet.brokerCounter)}`;
export const idKeyOf = (clientId: string, messageId: number) =>
  `${OUTGOING_ID}${encodeURIComponent(clientId)}:${pad(messageId)}`;
export const tagOf = (packet: { brokerId: string; brokerCounter: number }) =>
  `${packet.brokerId}:${packet.brokerCounter}`;

/**
 * The copy queued for a session (what aedes-packet's Packet keeps of a message, as
 * aedes-persistence-level stored it): the hot path, so the fields are spelled out.
 */
export function queuedCopy(packet: QueuedPacket): QueuedPacket {
  const copy: QueuedPacket = {
    cmd: packet.cmd,
    brokerId: packet.brokerId,
    brokerCounter: packet.brokerCounter,
    topic: packet.topic,
    payload: packet.payload,
    qos: packet.qos,
    retain: packet.retain,
    dup: packet.dup,
    messageId: undefined,
  };
  for (const field of OPTIONAL_FIELDS) if (Object.hasOwn(packet, field)) copy[field] = packet[field];
  return copy;
}

/** Packet fields aedes-packet copies only when present. */
const OPTIONAL_FIELDS = ['clientId', 'nl', 'properties', 'messageExpiry'] as const;

/** A plain copy of a packet (a PUBREL): no callbacks or other non-data fields. */
export function copyOf(packet: object): QueuedPacket {
  const copy: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(packet)) if (typeof value !== 'function') copy[field] = value;
  return copy as QueuedPacket;
}

/** A session with nothing in flight yet. */
export function newSession(clientId: string): Session {
  return {
    clientId,
    prefix: sessionPrefix(clientId),
    records: new Map(),
    byMessageId: new Map(),
    diskOnly: new Set(),
  };
}

export function clientIdOfKey(key: string): string {
  return decodeURIComponent(key.slice(OUTGOING.length, key.indexOf(':', OUTGOING.length)));
}
