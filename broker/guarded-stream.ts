// The one Duplex every connection passes through before Aedes sees it (TCP, TLS, WebSocket,
// Unix socket, Fastify route): it watches packet sizes on the way in and destroys the
// connection on the first oversized or malformed header. Writes pass through, gathered per
// turn of the event loop (see #forward).
import { Duplex } from 'node:stream';
import { McError } from '../proto/errors.ts';
import { PacketScanner, type ScanVerdict } from './packet-scanner.ts';

export type GuardViolation = Exclude<ScanVerdict, { ok: true }>;

export class GuardedStream extends Duplex {
  readonly #inner: Duplex;
  readonly #scanner: PacketScanner;
  #innerEnded = false;
  #corked = false;
  readonly #flush = () => {
    if (!this.#corked) return;
    this.#corked = false;
    if (!this.#inner.destroyed) this.#inner.uncork();
  };

  constructor(inner: Duplex, maxPacketBytes: number, onViolation: (violation: GuardViolation) => void) {
    // Aedes treats 'end' as the end of the session; no half-open MQTT connections.
    super({ allowHalfOpen: false });
    this.#inner = inner;
    this.#scanner = new PacketScanner(maxPacketBytes);

    inner.on('data', (chunk: Buffer) => {
      if (this.destroyed) return;
      const verdict = this.#scanner.feed(chunk);
      if (!verdict.ok) {
        onViolation(verdict);
        const message =
          verdict.reason === 'oversize'
            ? `MQTT packet of ${verdict.packetBytes} bytes exceeds the limit of ${this.#scanner.maxPacketBytes}`
            : `malformed MQTT fixed header: ${verdict.detail}`;
        this.destroy(new McError(verdict.reason === 'oversize' ? 'MC_ERR_LIMIT' : 'MC_ERR_DECODE', message));
        return;
      }
      if (!this.push(chunk)) inner.pause();
    });
    inner.on('end', () => {
      this.#innerEnded = true;
      this.push(null);
    });
    inner.on('error', (err: Error) => this.destroy(err));
    inner.on('close', () => {
      // An orderly end leaves buffered bytes for the reader (a PUBLISH followed by DISCONNECT
      // in the last chunk); only an abrupt close discards them.
      if (!this.#innerEnded || this.readableEnded) this.destroy();
      else this.once('end', () => this.destroy());
    });
  }

  /**
   * Changes the packet limit of this connection from the next packet on: the broker raises it
   * once CONNECT is authenticated for identities that may send more (operators publishing
   * release bundles), while anonymous bytes before CONNECT stay under the default.
   */
  setMaxPacketBytes(limit: number): void {
    this.#scanner.setMaxPacketBytes(limit);
  }

  override _read(): void {
    this.#inner.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#forward(chunk, callback);
  }

  // mqtt-packet writes one packet as several small chunks under cork(); handing them to the
  // socket as one buffer avoids one TCP segment per chunk when TCP_NODELAY is on.
  override _writev(
    chunks: Array<{ chunk: Buffer; encoding: BufferEncoding }>,
    callback: (error?: Error | null) => void,
  ): void {
    this.#forward(Buffer.concat(chunks.map((c) => c.chunk)), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.#flush();
    this.#inner.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // What was written before (a refusing CONNACK) still leaves, as without batching.
    this.#flush();
    this.#inner.destroy();
    callback(error);
  }

  /**
   * Write batching: the packets written to one connection during a turn of the event loop
   * (a PUBACK per PUBLISH read, every delivery of a burst) leave in one writev at the end of
   * that turn instead of one system call and, with TCP_NODELAY, one TCP segment each. A lone
   * packet waits only for the rest of the current turn (setImmediate), not for Nagle's timer.
   */
  #forward(chunk: Buffer, callback: (error?: Error | null) => void): void {
    if (this.#inner.destroyed) {
      callback(new McError('MC_ERR_UNAVAILABLE', 'connection closed'));
      return;
    }
    if (!this.#corked) {
      this.#corked = true;
      this.#inner.cork();
      setImmediate(this.#flush);
    }
    if (this.#inner.write(chunk)) callback();
    else this.#inner.once('drain', () => callback());
  }
}
