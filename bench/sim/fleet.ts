// Drives N simulated devices from one timer: connection pacing (a connect window and a rate,
// so a cold fleet queues politely behind the broker's scrypt checks and its admission limit
// of new connections per second), heartbeats spread evenly over the interval (device i beats
// at phase i/N, never all at once), workload churn and reconnect churn as Poisson-like rates
// (fractional carries per tick), and reconnects after a drop or a failure with backoff.
// One timer instead of N: 10,000 devices' timers would cost more than their work.
import type { SimCounters } from './counters.ts';
import { DeviceLink } from './device-link.ts';

export interface FleetSettings {
  host: string;
  port: number;
  /** Device names, in index order; `passwords[i]` belongs to `names[i]`. */
  names: string[];
  passwords: string[];
  workloads: number;
  heartbeatMs: number;
  /** Fraction of all workloads changing state per minute (0.05 = 5 %). */
  churnState: number;
  /** Fraction of devices dropping (will fires) and reconnecting per minute. */
  churnReconnect: number;
  /** Most connection attempts waiting for a CONNACK at once. */
  connectWindow: number;
  /** Most new connection attempts per second. */
  connectRate: number;
  connectTimeoutMs: number;
  keepaliveS: number;
  /** Connect and subscribe, but publish nothing until activate() (see there). */
  quiet: boolean;
  counters: SimCounters;
}

const TICK_MS = 50;
/** A dropped device stays away 1–3 s, about the daemon's first reconnect backoff. */
const DROP_AWAY_MS = [1000, 3000] as const;
const BACKOFF_MAX_MS = 15_000;

export class Fleet {
  readonly links: DeviceLink[];
  readonly #s: FleetSettings;
  /** Devices that may connect now, first come first served (`#readyHead` is the next one). */
  #ready: DeviceLink[] = [];
  #readyHead = 0;
  /** Devices waiting out a drop or a backoff before they may connect. */
  #later: Array<{ link: DeviceLink; at: number }> = [];
  readonly #failures = new Map<DeviceLink, number>();
  #timer: NodeJS.Timeout | undefined;
  #connecting = 0;
  #tokens = 0;
  #lastTick = 0;
  #beatOrigin = 0;
  #beatCursor = 0;
  #stateCarry = 0;
  #dropCarry = 0;
  churn = true;
  startedAt = 0;
  #announceRate = Number.POSITIVE_INFINITY;
  #announceCursor = 0;
  #announceCarry = 0;
  #quiet: boolean;
  #stopped = false;

  constructor(settings: FleetSettings) {
    this.#s = settings;
    this.#quiet = settings.quiet;
    this.links = settings.names.map(
      (name, i) =>
        new DeviceLink(i, name, settings.passwords[i] ?? '', settings.workloads, {
          host: settings.host,
          port: settings.port,
          keepaliveS: settings.keepaliveS,
          connectTimeoutMs: settings.connectTimeoutMs,
          counters: settings.counters,
          quiet: () => this.#quiet,
          onUp: (link) => this.#onUp(link),
          onClosed: (link, wasUp) => this.#onClosed(link, wasUp),
        }),
    );
  }

  start(): void {
    const now = Date.now();
    this.startedAt = now;
    this.#lastTick = now;
    this.#beatOrigin = now;
    this.#ready = [...this.links];
    this.#timer = setInterval(() => this.#tick(), TICK_MS);
  }

  /** Closes every connection (DISCONNECT, so no will fires) and stops the timer. */
  stop(): void {
    this.#stopped = true;
    clearInterval(this.#timer);
    for (const link of this.links) link.close();
  }

  get active(): boolean {
    return !this.#quiet;
  }

  /**
   * Ends quiet mode: every connected device announces itself as on a fresh connect, and
   * heartbeats and churn begin. Quiet start exists for the benchmark: a fleet's first-ever
   * connects (each with a SUBSCRIBE) are cheap while the broker holds no retained messages,
   * so N devices can be enrolled in N scrypts instead of O(N²) retained scans.
   * `ratePerS` paces the announces (devices per second, in index order), as devices coming
   * online one by one would; unpaced, all announce in the same tick (a fleet-wide reconnect).
   */
  activate(ratePerS = Number.POSITIVE_INFINITY): void {
    if (!this.#quiet) return;
    this.#quiet = false;
    const now = Date.now();
    this.#beatOrigin = now;
    this.#beatCursor = 0;
    this.#announceRate = ratePerS;
    this.#announceCursor = 0;
    this.#announceCarry = 0;
    this.#announce(now, 0);
  }

  #announce(now: number, dt: number): void {
    const n = this.links.length;
    if (this.#announceCursor >= n) return;
    let budget =
      this.#announceRate === Number.POSITIVE_INFINITY ? n : this.#announceCarry + this.#announceRate * dt;
    for (; budget >= 1 && this.#announceCursor < n; budget -= 1) {
      this.links[this.#announceCursor++]?.announce(now);
    }
    this.#announceCarry = Math.min(budget, 1);
  }

  get connected(): number {
    let n = 0;
    for (const link of this.links) if (link.isUp) n += 1;
    return n;
  }

  get announced(): number {
    let n = 0;
    for (const link of this.links) if (link.announced) n += 1;
    return n;
  }

  get connecting(): number {
    return this.#connecting;
  }

  /** QoS 1 publishes awaiting PUBACK and events awaiting (re)delivery, fleet-wide. */
  pending(): { inflight: number; events: number } {
    let inflight = 0;
    let events = 0;
    for (const link of this.links) {
      inflight += link.inflight;
      events += link.pendingEvents;
    }
    return { inflight, events };
  }

  #tick(): void {
    const now = Date.now();
    const dt = (now - this.#lastTick) / 1000;
    this.#lastTick = now;
    this.#pumpConnects(now, dt);
    if (!this.#quiet) this.#announce(now, dt);
    this.#beat(now);
    if (this.churn && !this.#quiet) this.#churn(now, dt);
  }

  #pumpConnects(now: number, dt: number): void {
    const { connectRate, connectWindow } = this.#s;
    this.#tokens = Math.min(connectRate, this.#tokens + dt * connectRate);
    if (this.#later.length > 0) {
      const waiting: Array<{ link: DeviceLink; at: number }> = [];
      for (const entry of this.#later) {
        if (entry.at <= now) this.#ready.push(entry.link);
        else waiting.push(entry);
      }
      this.#later = waiting;
    }
    while (this.#readyHead < this.#ready.length && this.#connecting < connectWindow && this.#tokens >= 1) {
      const link = this.#ready[this.#readyHead++] as DeviceLink;
      this.#tokens -= 1;
      this.#connecting += 1;
      link.connect();
    }
    if (this.#readyHead === this.#ready.length) {
      this.#ready = [];
      this.#readyHead = 0;
    }
  }

  /** Device i beats at origin + (k + i/N) × interval: an even spread, whatever N is. */
  #beat(now: number): void {
    const n = this.links.length;
    const due = Math.floor(((now - this.#beatOrigin) / this.#s.heartbeatMs) * n);
    // After a stall (a busy machine), skip what is late rather than burst it.
    if (due - this.#beatCursor > n) this.#beatCursor = due - n;
    for (; this.#beatCursor < due; this.#beatCursor++) {
      this.links[this.#beatCursor % n]?.heartbeat(now);
    }
  }

  #churn(now: number, dt: number): void {
    const n = this.links.length;
    const { churnState, churnReconnect, workloads } = this.#s;
    this.#stateCarry += (n * workloads * churnState * dt) / 60;
    for (; this.#stateCarry >= 1; this.#stateCarry -= 1) {
      const link = this.#randomUp();
      if (!link) break;
      link.change(link.state.randomTransition(Math.floor(Math.random() * workloads)), now);
    }
    this.#dropCarry += (n * churnReconnect * dt) / 60;
    for (; this.#dropCarry >= 1; this.#dropCarry -= 1) {
      const link = this.#randomUp();
      if (!link) break;
      link.drop();
    }
    // Carries do not pile up while nobody is connected.
    this.#stateCarry = Math.min(this.#stateCarry, 1);
    this.#dropCarry = Math.min(this.#dropCarry, 1);
  }

  /** A random connected device; a few probes suffice when most are up. */
  #randomUp(): DeviceLink | undefined {
    for (let tries = 0; tries < 8; tries++) {
      const link = this.links[Math.floor(Math.random() * this.links.length)];
      if (link?.isUp) return link;
    }
    return undefined;
  }

  #onClosed(link: DeviceLink, wasUp: boolean): void {
    if (!wasUp) this.#connecting = Math.max(0, this.#connecting - 1);
    if (this.#stopped) return;
    const now = Date.now();
    let delay: number;
    if (wasUp) {
      this.#failures.delete(link);
      const [min, max] = DROP_AWAY_MS;
      delay = min + Math.random() * (max - min);
    } else {
      const failures = (this.#failures.get(link) ?? 0) + 1;
      this.#failures.set(link, failures);
      // Full jitter: a refused fleet does not come back in lockstep.
      delay = Math.random() * Math.min(BACKOFF_MAX_MS, 500 * 2 ** failures);
    }
    this.#later.push({ link, at: now + delay });
  }

  /** A CONNACK 0 frees a slot of the connect window. */
  #onUp(link: DeviceLink): void {
    this.#connecting = Math.max(0, this.#connecting - 1);
    this.#failures.delete(link);
  }
}
