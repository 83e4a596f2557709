// The few MQTT 3.1.1 packets a simulated device sends and receives, encoded and decoded by
// hand. Why not MQTT.js: one MqttClient per connection costs tens of kB and several timers,
// and 10,000 of them in one process make the generator the bottleneck. Why not mqtt-packet:
// it is only a transitive dependency here, and its per-connection parser objects allocate
// on every chunk. A device needs CONNECT, PUBLISH, PUBACK, SUBSCRIBE, PINGREQ, DISCONNECT
// out and CONNACK, PUBLISH, PUBACK, SUBACK, PINGRESP in — that is all this file does.

export const PacketType = {
  connect: 1,
  connack: 2,
  publish: 3,
  puback: 4,
  subscribe: 8,
  suback: 9,
  pingreq: 12,
  pingresp: 13,
  disconnect: 14,
} as const;

export interface Will {
  topic: string;
  payload: Uint8Array;
  qos: 0 | 1;
  retain: boolean;
}

export interface ConnectOptions {
  clientId: string;
  /** Left out by the broker benchmark's generator (anonymous clients, no will). */
  username?: string;
  password?: string;
  keepaliveS: number;
  clean: boolean;
  will?: Will;
}

/** Bytes of the Remaining Length field ([MQTT-2.2.3]), a base-128 varint of at most 4 bytes. */
function remainingLengthBytes(length: number): number[] {
  const out: number[] = [];
  let n = length;
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}

/** Fixed header + body in one buffer, so every packet is a single socket write. */
function packet(firstByte: number, parts: readonly Uint8Array[]): Buffer {
  let length = 0;
  for (const p of parts) length += p.length;
  const header = [firstByte, ...remainingLengthBytes(length)];
  const out = Buffer.allocUnsafe(header.length + length);
  out.set(header, 0);
  let at = header.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A UTF-8 string or binary blob prefixed by its 16-bit length. */
function prefixed(value: string | Uint8Array): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  const out = Buffer.allocUnsafe(2 + bytes.length);
  out.writeUInt16BE(bytes.length, 0);
  out.set(bytes, 2);
  return out;
}

function u16(n: number): Buffer {
  const out = Buffer.allocUnsafe(2);
  out.writeUInt16BE(n, 0);
  return out;
}

export function encodeConnect(o: ConnectOptions): Buffer {
  // Flags: user name, password, will retain, will QoS, will flag, clean session.
  const w = o.will;
  const flags =
    (o.username === undefined ? 0 : 0x80) |
    (o.password === undefined ? 0 : 0x40) |
    (w ? (w.retain ? 0x20 : 0) | (w.qos << 3) | 0x04 : 0) |
    (o.clean ? 0x02 : 0);
  const variable = Buffer.from([0, 4, 0x4d, 0x51, 0x54, 0x54, 4, flags, 0, 0]);
  variable.writeUInt16BE(o.keepaliveS, 8);
  const parts = [variable, prefixed(o.clientId)];
  if (w) parts.push(prefixed(w.topic), prefixed(w.payload));
  if (o.username !== undefined) parts.push(prefixed(o.username));
  if (o.password !== undefined) parts.push(prefixed(o.password));
  return packet(PacketType.connect << 4, parts);
}

/** `topic` is pre-encoded (prefixed) by the caller: devices publish on a handful of fixed topics. */
export function encodePublish(
  topic: Buffer,
  payload: Uint8Array,
  qos: 0 | 1,
  retain: boolean,
  packetId: number,
  dup = false,
): Buffer {
  const first = (PacketType.publish << 4) | (dup ? 0x08 : 0) | (qos << 1) | (retain ? 1 : 0);
  return qos === 0 ? packet(first, [topic, payload]) : packet(first, [topic, u16(packetId), payload]);
}

export function encodeTopic(topic: string): Buffer {
  return prefixed(topic);
}

export function encodePuback(packetId: number): Buffer {
  return packet(PacketType.puback << 4, [u16(packetId)]);
}

export function encodeSubscribe(packetId: number, filter: string, qos: 0 | 1): Buffer {
  // [MQTT-3.8.1-1] SUBSCRIBE carries the reserved flags 0b0010.
  return packet((PacketType.subscribe << 4) | 0x02, [u16(packetId), prefixed(filter), Buffer.from([qos])]);
}

export const PINGREQ: Buffer = Buffer.from([PacketType.pingreq << 4, 0]);
export const DISCONNECT: Buffer = Buffer.from([PacketType.disconnect << 4, 0]);

export type InboundPacket =
  | { type: 'connack'; returnCode: number; sessionPresent: boolean }
  | { type: 'publish'; topic: string; payload: Buffer; qos: number; packetId: number }
  | { type: 'puback'; packetId: number }
  | { type: 'suback'; packetId: number; granted: number[] }
  | { type: 'pingresp' }
  | { type: 'other'; code: number };

/** Splits a byte stream into packets; keeps an incomplete tail until the next chunk. */
export class PacketReader {
  #pending: Buffer | undefined;

  /** Calls `onPacket` for every complete packet; false when the stream is malformed. */
  push(chunk: Buffer, onPacket: (p: InboundPacket) => void): boolean {
    let buf = this.#pending ? Buffer.concat([this.#pending, chunk]) : chunk;
    this.#pending = undefined;
    let at = 0;
    while (at < buf.length) {
      let length = 0;
      let multiplier = 1;
      let i = at + 1;
      let complete = false;
      for (let n = 0; n < 4 && i < buf.length; n++, i++) {
        const byte = buf[i] as number;
        length += (byte & 0x7f) * multiplier;
        multiplier *= 128;
        if ((byte & 0x80) === 0) {
          complete = true;
          i++;
          break;
        }
      }
      if (!complete) {
        if (i - at - 1 >= 4) return false;
        break;
      }
      if (i + length > buf.length) break;
      const parsed = decode(buf[at] as number, buf.subarray(i, i + length));
      if (!parsed) return false;
      onPacket(parsed);
      at = i + length;
    }
    if (at < buf.length) {
      // Copy: the tail must not pin the whole chunk it came in.
      buf = Buffer.from(buf.subarray(at));
      this.#pending = buf;
    }
    return true;
  }
}

function decode(first: number, body: Buffer): InboundPacket | null {
  const code = first >> 4;
  switch (code) {
    case PacketType.connack:
      if (body.length < 2) return null;
      return {
        type: 'connack',
        sessionPresent: ((body[0] as number) & 1) === 1,
        returnCode: body[1] as number,
      };
    case PacketType.publish: {
      if (body.length < 2) return null;
      const qos = (first >> 1) & 3;
      const topicLength = body.readUInt16BE(0);
      let at = 2 + topicLength;
      if (at > body.length) return null;
      const topic = body.toString('utf8', 2, at);
      let packetId = 0;
      if (qos > 0) {
        if (at + 2 > body.length) return null;
        packetId = body.readUInt16BE(at);
        at += 2;
      }
      // A copy, so a decoded command does not keep the socket's read buffer alive.
      return { type: 'publish', topic, qos, packetId, payload: Buffer.from(body.subarray(at)) };
    }
    case PacketType.puback:
      return body.length < 2 ? null : { type: 'puback', packetId: body.readUInt16BE(0) };
    case PacketType.suback:
      return body.length < 3
        ? null
        : { type: 'suback', packetId: body.readUInt16BE(0), granted: [...body.subarray(2)] };
    case PacketType.pingresp:
      return { type: 'pingresp' };
    default:
      return { type: 'other', code };
  }
}
