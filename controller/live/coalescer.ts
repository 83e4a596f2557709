// What one live-feed socket still has to send, kept small however busy the fleet is: state
// changes are keyed (a device, a device's workload, a deployment, a task) and only the latest state of a key is
// kept, in the order of their latest change; events are not state, so they queue, but at
// most `maxEvents` of them — beyond that the oldest are dropped and counted, and the client
// is told. Pure data structure: the session decides when to take().
import type { FleetChange } from '../store/types.ts';
import type { LiveChange } from './live-hub.ts';
import type { LiveDelta } from './messages.ts';

type StateDelta = Exclude<LiveDelta, { type: 'events' } | { type: 'dropped' }>;
type QueuedEvent = Extract<FleetChange, { kind: 'event' }>['event'];

export class LiveCoalescer {
  readonly #maxEvents: number;
  /** Insertion order is send order; re-inserting on every change moves a key to the end. */
  readonly #states = new Map<string, StateDelta>();
  #events: QueuedEvent[] = [];
  #dropped = 0;

  constructor(opts: { maxEvents: number }) {
    if (!(opts.maxEvents >= 1)) throw new RangeError('maxEvents must be at least 1');
    this.#maxEvents = opts.maxEvents;
  }

  get pending(): boolean {
    return this.#states.size > 0 || this.#events.length > 0 || this.#dropped > 0;
  }

  /** Events dropped since the last take(). */
  get dropped(): number {
    return this.#dropped;
  }

  push(change: LiveChange): void {
    switch (change.kind) {
      case 'device':
        this.#set(`d:${change.device.name}`, { type: 'device', device: change.device });
        return;
      case 'workload':
        this.#set(`w:${change.device}/${change.name}`, {
          type: 'workload',
          device: change.device,
          name: change.name,
          workload: change.workload,
        });
        return;
      case 'removed':
        // Whatever was pending for the device is moot; its removal is the latest news.
        for (const key of [...this.#states.keys()]) {
          if (key === `d:${change.device}` || key.startsWith(`w:${change.device}/`)) this.#states.delete(key);
        }
        this.#set(`r:${change.device}`, { type: 'removed', device: change.device });
        return;
      case 'task':
        this.#set(`task:${change.task.id}`, { type: 'task', task: change.task });
        return;
      case 'deployment':
        this.#set(`dep:${change.deployment.id}`, { type: 'deployment', deployment: change.deployment });
        return;
      case 'event':
        this.#events.push(change.event);
        if (this.#events.length > this.#maxEvents) {
          const excess = this.#events.length - this.#maxEvents;
          this.#events = this.#events.slice(excess);
          this.#dropped += excess;
        }
        return;
    }
  }

  /** Everything pending, in send order (state deltas, then the dropped notice, then events); empties the queue. */
  take(): LiveDelta[] {
    const out: LiveDelta[] = [...this.#states.values()];
    if (this.#dropped > 0) out.push({ type: 'dropped', count: this.#dropped });
    if (this.#events.length > 0) out.push({ type: 'events', events: this.#events });
    this.#states.clear();
    this.#events = [];
    this.#dropped = 0;
    return out;
  }

  #set(key: string, delta: StateDelta): void {
    this.#states.delete(key);
    this.#states.set(key, delta);
  }
}
