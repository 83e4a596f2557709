// Follows MQTT packet boundaries in a byte stream by reading only each fixed header
// (type byte + remaining-length varint, [MQTT-2.2.3]) and skipping the body. It lets the
// broker refuse an oversized packet as soon as its header arrives, before the body is
// buffered: Aedes and mqtt-packet have no size limit of their own.

export type ScanVerdict =
  | { ok: true }
  | { ok: false; reason: 'oversize'; packetBytes: number }
  | { ok: false; reason: 'malformed'; detail: string };

const OK: ScanVerdict = { ok: true };
/** [MQTT-2.2.3]: the remaining length takes at most four bytes. */
const MAX_LENGTH_BYTES = 4;

export class PacketScanner {
  #maxPacketBytes: number;
  #state: 'header' | 'length' | 'body' = 'header';
  #length = 0;
  #multiplier = 1;
  #lengthBytes = 0;
  #bodyLeft = 0;

  constructor(maxPacketBytes: number) {
    this.#maxPacketBytes = maxPacketBytes;
  }

  get maxPacketBytes(): number {
    return this.#maxPacketBytes;
  }

  /** Applies to the next packet header; a packet already being skipped keeps its verdict. */
  setMaxPacketBytes(limit: number): void {
    this.#maxPacketBytes = limit;
  }

  /** Consumes one chunk; a failed verdict is final (the caller closes the connection). */
  feed(chunk: Uint8Array): ScanVerdict {
    let i = 0;
    while (i < chunk.length) {
      if (this.#state === 'header') {
        i += 1;
        this.#state = 'length';
        this.#length = 0;
        this.#multiplier = 1;
        this.#lengthBytes = 0;
      } else if (this.#state === 'length') {
        const byte = chunk[i] ?? 0;
        i += 1;
        this.#length += (byte & 0x7f) * this.#multiplier;
        this.#multiplier *= 128;
        this.#lengthBytes += 1;
        if (byte & 0x80) {
          if (this.#lengthBytes === MAX_LENGTH_BYTES) {
            return { ok: false, reason: 'malformed', detail: 'remaining length longer than 4 bytes' };
          }
          continue;
        }
        const packetBytes = 1 + this.#lengthBytes + this.#length;
        if (packetBytes > this.#maxPacketBytes) return { ok: false, reason: 'oversize', packetBytes };
        this.#bodyLeft = this.#length;
        this.#state = this.#bodyLeft > 0 ? 'body' : 'header';
      } else {
        const skip = Math.min(this.#bodyLeft, chunk.length - i);
        i += skip;
        this.#bodyLeft -= skip;
        if (this.#bodyLeft === 0) this.#state = 'header';
      }
    }
    return OK;
  }
}
