// One live-feed WebSocket: the snapshot (devices, active and recent deployments and tasks) on
// connect, then the coalesced deltas, at most maxMessagesPerSecond frames per second.
// Whatever arrives between two frames is merged by the LiveCoalescer, so a burst of changes
// costs the browser one frame, not hundreds. A socket whose send buffer is over the
// high-water mark gets nothing until it drains (its backlog keeps coalescing meanwhile); a
// socket that stops answering pings is terminated.
import type { FastifyBaseLogger } from 'fastify';
import { WebSocket } from 'ws';
import type { ControllerMetrics } from '../metrics.ts';
import type { DeviceSnapshot } from '../store/types.ts';
import { LiveCoalescer } from './coalescer.ts';
import type { LiveChange, LiveHub } from './live-hub.ts';
import type { LiveMessage } from './messages.ts';

export interface LiveLimits {
  /** Frames per second per socket, the snapshot included. */
  maxMessagesPerSecond: number;
  /** Events a socket may have queued before the oldest are dropped (with a 'dropped' notice). */
  maxEvents: number;
  /** Bytes in the socket's send buffer above which no more frames are queued. */
  highWaterMarkBytes: number;
  /** A socket that has not answered the previous ping after this long is terminated. */
  pingIntervalMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxMessagesPerSecond: 20,
  maxEvents: 1000,
  highWaterMarkBytes: 1 << 20,
  pingIntervalMs: 30_000,
};

export interface LiveSessionDeps {
  socket: WebSocket;
  hub: LiveHub;
  /** The devices for the snapshot, read at connect time. */
  devices: () => DeviceSnapshot[];
  limits: LiveLimits;
  metrics: ControllerMetrics;
  logger: FastifyBaseLogger;
  now?: () => number;
}

export class LiveSession {
  readonly #deps: LiveSessionDeps;
  readonly #now: () => number;
  readonly #queue: LiveCoalescer;
  readonly #minIntervalMs: number;
  #unsubscribe: (() => void) | undefined;
  #flushTimer: NodeJS.Timeout | undefined;
  #pingTimer: NodeJS.Timeout | undefined;
  #lastSentMs = Number.NEGATIVE_INFINITY;
  #alive = true;
  #state: 'new' | 'open' | 'closed' = 'new';

  constructor(deps: LiveSessionDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
    this.#queue = new LiveCoalescer({ maxEvents: deps.limits.maxEvents });
    this.#minIntervalMs = 1000 / deps.limits.maxMessagesPerSecond;
  }

  start(): void {
    const { socket, hub, metrics } = this.#deps;
    if (this.#state !== 'new') return;
    if (socket.readyState !== WebSocket.OPEN) {
      this.#state = 'closed';
      return;
    }
    this.#state = 'open';
    metrics.liveOpened();
    socket.on('close', this.stop);
    socket.on('error', this.#onError);
    socket.on('pong', this.#onPong);
    // Subscribing and reading the snapshot in the same tick leaves no gap between them.
    this.#unsubscribe = hub.subscribe(this.#onChange);
    this.#send({
      type: 'snapshot',
      devices: this.#deps.devices(),
      deployments: hub.deployments(),
      tasks: hub.tasks(),
      ts: this.#now(),
    });
    this.#pingTimer = setInterval(this.#ping, this.#deps.limits.pingIntervalMs);
    this.#pingTimer.unref();
  }

  /** Idempotent; also runs when the socket closes. */
  readonly stop = (): void => {
    if (this.#state !== 'open') {
      this.#state = 'closed';
      return;
    }
    this.#state = 'closed';
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#flushTimer);
    clearInterval(this.#pingTimer);
    const { socket, metrics } = this.#deps;
    socket.off('close', this.stop);
    socket.off('pong', this.#onPong);
    // The error listener stays: ws emits 'error' after close in some failure paths.
    metrics.liveClosed();
  };

  readonly #onChange = (change: LiveChange): void => {
    this.#queue.push(change);
    this.#schedule();
  };

  #schedule(): void {
    if (this.#flushTimer !== undefined || this.#state !== 'open') return;
    const wait = Math.max(0, this.#lastSentMs + this.#minIntervalMs - this.#now());
    this.#flushTimer = setTimeout(this.#flush, wait);
  }

  readonly #flush = (): void => {
    this.#flushTimer = undefined;
    if (this.#state !== 'open' || !this.#queue.pending) return;
    const { socket, limits, metrics } = this.#deps;
    if (socket.bufferedAmount > limits.highWaterMarkBytes) {
      // Try again one interval later; the queue keeps coalescing meanwhile.
      this.#lastSentMs = this.#now();
      this.#schedule();
      return;
    }
    const dropped = this.#queue.dropped;
    if (dropped > 0) metrics.liveDropped(dropped);
    const deltas = this.#queue.take();
    const [only] = deltas;
    this.#send(deltas.length === 1 && only ? only : { type: 'batch', messages: deltas });
  };

  #send(message: LiveMessage): void {
    this.#lastSentMs = this.#now();
    this.#deps.socket.send(JSON.stringify(message), (err) => {
      if (err) this.#deps.logger.debug({ err: err.message }, 'live feed send failed');
    });
  }

  readonly #ping = (): void => {
    const { socket } = this.#deps;
    if (!this.#alive) {
      this.#deps.logger.info('live feed socket did not answer a ping; closing it');
      socket.terminate();
      this.stop();
      return;
    }
    this.#alive = false;
    socket.ping();
  };

  readonly #onPong = (): void => {
    this.#alive = true;
  };

  readonly #onError = (err: Error): void => {
    this.#deps.logger.debug({ err: err.message }, 'live feed socket error');
    this.#deps.socket.terminate();
    this.stop();
  };
}
