// Sends the outbox's events on mc/{d}/events in seq order: up to WINDOW QoS 1 publishes in
// flight, each entry removed after its PUBACK. MQTT keeps the order of one connection's
// publishes, and a publish cut by a disconnect stays in MQTT.js's session store and is
// resent first on reconnect, so the relay never sends an entry twice within one daemon run.
// After a daemon restart the unacknowledged tail is sent again: delivery is at-least-once,
// and a reader drops duplicates by seq.
//
// Bound: at most `limit` unsent events are kept; past it the oldest unsent ones are dropped
// (counted in `dropped`, persisted, and logged). Entries in flight (≤ WINDOW) are not
// dropped, so the outbox holds at most limit + WINDOW entries.
import type { Logger } from 'pino';
import type { EventOutbox } from './event-outbox.ts';

export const WINDOW = 64;
/** Drops are logged at most this often (a long outage drops on every event). */
const DROP_LOG_INTERVAL_MS = 10_000;

export interface EventRelayDeps {
  outbox: EventOutbox;
  /** Unsent events kept while offline; 0 = no outbox (events are sent only while connected). */
  limit: number;
  /** A QoS 1 publish on mc/{d}/events; resolves on PUBACK. */
  publish: (payload: Uint8Array) => Promise<void>;
  isConnected: () => boolean;
  now: () => number;
  logger: Logger;
}

export class EventRelay {
  readonly #deps: EventRelayDeps;
  #nextSend: number;
  #inFlight = 0;
  /** Appends not yet committed (the outbox does not count them yet). */
  #appending = 0;
  #lastDropLog = Number.NEGATIVE_INFINITY;
  readonly #idleWaiters = new Set<() => void>();
  #droppedAtLastLog: number;

  constructor(deps: EventRelayDeps) {
    this.#deps = deps;
    this.#nextSend = deps.outbox.first() ?? deps.outbox.lastSeq + 1;
    this.#droppedAtLastLog = deps.outbox.dropped;
  }

  /** Entries not yet handed to MQTT. */
  get pending(): number {
    return this.#deps.outbox.size - this.#inFlight;
  }

  /**
   * Resolves once every stored event is acknowledged, or after `timeoutMs` (false then);
   * the daemon's shutdown waits here so its last events leave before the offline presence.
   */
  async drained(timeoutMs: number): Promise<boolean> {
    if (this.#isIdle()) return true;
    let wake: () => void = () => {};
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      new Promise<boolean>((resolve) => {
        wake = () => resolve(true);
        this.#idleWaiters.add(wake);
      }),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    this.#idleWaiters.delete(wake);
    return done;
  }

  #isIdle(): boolean {
    return this.#inFlight === 0 && this.#appending === 0 && this.#deps.outbox.size === 0;
  }

  /** Stores one encoded event under `seq` (from outbox.allocateSeq()) and sends it when possible. */
  async add(seq: number, payload: Uint8Array): Promise<void> {
    const { outbox, limit } = this.#deps;
    if (limit === 0) {
      outbox.persistSeq(seq);
      if (this.#deps.isConnected()) this.#send(seq, payload, false);
      else {
        outbox.countDropped(1);
        this.#noteDrops();
      }
      return;
    }
    this.#appending += 1;
    try {
      await outbox.append({ seq, payload });
    } finally {
      this.#appending -= 1;
    }
    const excess = this.pending - limit;
    if (excess > 0) {
      const last = outbox.dropOldest(this.#nextSend, excess);
      if (last !== undefined) this.#nextSend = last + 1;
      this.#noteDrops();
    }
    this.kick();
  }

  /** Sends whatever the window allows; called after each append, PUBACK and connect. */
  kick(): void {
    if (this.#deps.limit === 0) return;
    while (this.#deps.isConnected() && this.#inFlight < WINDOW) {
      const batch = this.#deps.outbox.range(this.#nextSend, WINDOW - this.#inFlight);
      if (batch.length === 0) return;
      for (const entry of batch) {
        this.#nextSend = entry.seq + 1;
        this.#send(entry.seq, entry.payload, true);
      }
    }
  }

  #send(seq: number, payload: Uint8Array, stored: boolean): void {
    this.#inFlight += stored ? 1 : 0;
    this.#deps.publish(payload).then(
      () => {
        if (!stored) return;
        this.#inFlight -= 1;
        this.#deps.outbox.remove(seq);
        this.kick();
        if (this.#isIdle()) for (const wake of this.#idleWaiters) wake();
      },
      (err: unknown) => {
        // Only an ended client rejects (publishUntilAcked); the entry stays for the next run.
        if (stored) this.#inFlight -= 1;
        this.#deps.logger.debug({ err, seq }, 'event not acknowledged');
      },
    );
  }

  #noteDrops(): void {
    const now = this.#deps.now();
    if (now - this.#lastDropLog < DROP_LOG_INTERVAL_MS) return;
    const total = this.#deps.outbox.dropped;
    this.#deps.logger.warn(
      {
        dropped_since_last_log: total - this.#droppedAtLastLog,
        dropped_total: total,
        limit: this.#deps.limit,
      },
      'event outbox full: oldest events dropped',
    );
    this.#lastDropLog = now;
    this.#droppedAtLastLog = total;
  }
}
