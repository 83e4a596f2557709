// The live fleet: a WebSocket to /api/live (a snapshot, then coalesced deltas) kept open
// with automatic reconnects. Messages go into a FleetModel at once; the reactive fields below
// are published from it at most once per animation frame, so a burst of deltas for 1,000
// devices costs one re-render, not one per message. After a reconnect the controller sends a
// fresh snapshot, which replaces whatever this page held: that is also how it resynchronises
// after a `dropped` notice. Deployments and tasks ride the same feed (DeploymentBook, TaskBook).
import { backoffDelay } from './backoff.ts';
import { DeploymentBook, type DeploymentView } from './deployment-model.ts';
import { FleetModel } from './fleet-model.ts';
import type { MetricSample } from './metrics.ts';
import { type Task, TaskBook } from './task-model.ts';
import type { DeviceSnapshot, LiveDelta, LiveMessage, StoredEvent } from './types.ts';

/**
 * `connected` only once the snapshot arrived (before that the page's data is not the
 * controller's); `reconnecting` while a retry is pending; `unauthorized` when the controller
 * refuses the feed without a (valid) token — no point retrying until the token changes.
 */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'unauthorized';

export interface LiveFeedOptions {
  /** ws(s):// URL of /api/live, with ?token= when there is one; read at each connect. */
  url: () => string;
  /** Asked when a socket fails before opening: is it the token (browsers hide the 401)? */
  isUnauthorized: () => Promise<boolean>;
  now?: () => number;
}

export class LiveFeed {
  connection = $state<ConnectionState>('idle');
  /** Every device by name; a new array only when a device changed. */
  devices = $state.raw<readonly DeviceSnapshot[]>([]);
  /** Deployments known to this page (active and recent from the feed, older ones once loaded), newest first. */
  deployments = $state.raw<readonly DeploymentView[]>([]);
  /** Tasks known to this page in full (active and recent from the feed, others once read), newest first. */
  tasks = $state.raw<readonly Task[]>([]);
  /** Recent events across the fleet, oldest first. */
  events = $state.raw<readonly StoredEvent[]>([]);
  /** Bumped whenever metric series changed (they are read through series()). */
  seriesVersion = $state(0);
  /** Events this page missed because it fell behind. */
  dropped = $state(0);
  /** When the next reconnect attempt happens (ms since epoch), while reconnecting. */
  retryAt = $state(0);
  /** The last time a snapshot arrived. */
  snapshotAt = $state(0);

  readonly #opts: LiveFeedOptions;
  readonly #model = new FleetModel();
  readonly #book = new DeploymentBook();
  readonly #tasks = new TaskBook();
  #socket: WebSocket | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #frame: number | undefined;
  #frameTimer: ReturnType<typeof setTimeout> | undefined;
  #attempt = 0;
  #running = false;

  constructor(opts: LiveFeedOptions) {
    this.#opts = opts;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#connect();
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#retryTimer);
    this.#cancelFrame();
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.close();
    this.connection = 'idle';
  }

  /** A new connection now (the token changed, or the operator asked). */
  restart(): void {
    this.stop();
    this.#attempt = 0;
    this.start();
  }

  /** The device as last published; reading it subscribes the caller to publications. */
  device(name: string): DeviceSnapshot | undefined {
    if (this.devices.length === 0) return undefined;
    return this.#model.device(name);
  }

  /** The device's metric series; reading it subscribes the caller to series changes. */
  series(name: string): readonly MetricSample[] {
    if (this.seriesVersion === 0) return [];
    return this.#model.series(name);
  }

  /** The deployment as last published; reading it subscribes the caller to publications. */
  deployment(id: string): DeploymentView | undefined {
    void this.deployments;
    return this.#book.get(id);
  }

  /** Records read from the API (the list, one deployment, an action's answer); older copies are ignored. */
  mergeDeployments(deployments: readonly DeploymentView[]): void {
    this.#book.merge(deployments);
    this.#publish();
  }

  /** The task as last published; reading it subscribes the caller to publications. */
  task(id: string): Task | undefined {
    void this.tasks;
    return this.#tasks.get(id);
  }

  /** Full task records read from the API or an action's answer; older copies are ignored. */
  mergeTasks(tasks: readonly Task[]): void {
    this.#tasks.merge(tasks);
    this.#publish();
  }

  #connect(): void {
    this.connection = this.#attempt === 0 && this.snapshotAt === 0 ? 'connecting' : 'reconnecting';
    let opened = false;
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.#opts.url());
    } catch {
      this.#retry();
      return;
    }
    this.#socket = socket;
    socket.onopen = () => {
      opened = true;
    };
    socket.onmessage = (event: MessageEvent) => {
      if (this.#socket !== socket || typeof event.data !== 'string') return;
      this.#receive(event.data);
    };
    socket.onclose = () => {
      if (this.#socket !== socket) return; // replaced or stopped on purpose
      this.#socket = undefined;
      if (opened) this.#retry();
      else void this.#failedToOpen();
    };
  }

  async #failedToOpen(): Promise<void> {
    const refused = await this.#opts.isUnauthorized().catch(() => false);
    if (!this.#running || this.#socket !== undefined) return;
    if (refused) this.connection = 'unauthorized';
    else this.#retry();
  }

  #retry(): void {
    if (!this.#running) return;
    const delay = backoffDelay(this.#attempt++);
    this.connection = 'reconnecting';
    this.retryAt = Date.now() + delay;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#connect(), delay);
  }

  #receive(data: string): void {
    let message: LiveMessage;
    try {
      message = JSON.parse(data) as LiveMessage;
    } catch {
      return; // the server only sends JSON; a broken frame changes nothing we could show
    }
    const now = (this.#opts.now ?? Date.now)();
    switch (message.type) {
      case 'snapshot':
        this.#model.applySnapshot(message, now);
        // `?? []`: a controller older than the deployments feed sends none.
        this.#book.applySnapshot(message.deployments ?? []);
        this.#tasks.applySnapshot(message.tasks ?? []);
        this.#attempt = 0;
        this.snapshotAt = now;
        this.connection = 'connected';
        this.#publish(); // at once: this is the moment the page becomes current
        return;
      case 'batch':
        for (const delta of message.messages) this.#apply(delta, now);
        break;
      default:
        this.#apply(message, now);
    }
    this.#schedule();
  }

  #apply(delta: LiveDelta, now: number): void {
    if (delta.type === 'deployment') this.#book.put(delta.deployment);
    else if (delta.type === 'task') this.#tasks.put(delta.task);
    else this.#model.apply(delta, now);
  }

  #schedule(): void {
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => this.#publish());
    // A hidden tab gets no animation frames; the timer keeps its state current anyway.
    this.#frameTimer = setTimeout(() => this.#publish(), 250);
  }

  #cancelFrame(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    clearTimeout(this.#frameTimer);
    this.#frame = undefined;
  }

  #publish(): void {
    this.#cancelFrame();
    const list = this.#model.list();
    if (list !== this.devices) {
      this.devices = list;
      this.seriesVersion++;
    }
    if (this.#model.events() !== this.events) this.events = this.#model.events();
    if (this.#book.list() !== this.deployments) this.deployments = this.#book.list();
    if (this.#tasks.list() !== this.tasks) this.tasks = this.#tasks.list();
    this.dropped = this.#model.dropped;
  }
}
