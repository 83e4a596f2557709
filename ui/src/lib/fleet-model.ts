// The fleet as the live feed describes it, without any UI framework: apply the snapshot,
// then each delta in order (docs/api.md "Live feed"). The live store feeds it and publishes
// its results once per animation frame. Device snapshots are never mutated: a change makes
// a new object, so views can compare by reference and re-render only what changed.
import { appendSample, type MetricSample, readingKey, sampleOf } from './metrics.ts';
import type { DeviceSnapshot, LiveDelta, SnapshotMessage, StoredEvent, WorkloadSnapshot } from './types.ts';

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export interface FleetModelOptions {
  /** Fleet-wide recent events kept (newest last). */
  maxEvents?: number;
}

export class FleetModel {
  readonly #devices = new Map<string, DeviceSnapshot>();
  readonly #series = new Map<string, MetricSample[]>();
  readonly #readings = new Map<string, string>();
  #events: StoredEvent[] = [];
  #list: DeviceSnapshot[] | undefined;
  #dropped = 0;
  readonly #maxEvents: number;

  constructor(opts: FleetModelOptions = {}) {
    this.#maxEvents = opts.maxEvents ?? 500;
  }

  /** A snapshot replaces every device; metric series of devices still present carry on. */
  applySnapshot(message: SnapshotMessage, now: number): void {
    this.#devices.clear();
    for (const device of message.devices) this.#putDevice(device, now);
    for (const name of [...this.#series.keys()]) {
      if (!this.#devices.has(name)) this.#forgetSeries(name);
    }
    this.#list = undefined;
  }

  apply(delta: LiveDelta, now: number): void {
    switch (delta.type) {
      case 'device':
        this.#putDevice(delta.device, now);
        break;
      case 'workload':
        this.#putWorkload(delta.device, delta.name, delta.workload);
        break;
      case 'removed':
        this.#devices.delete(delta.device);
        this.#forgetSeries(delta.device);
        break;
      case 'events':
        this.#events = this.#events.concat(delta.events).slice(-this.#maxEvents);
        return; // no device changed
      case 'dropped':
        this.#dropped += delta.count;
        return;
      case 'deployment':
      case 'task':
        return; // not fleet state: the live feed keeps them in their own books
    }
    this.#list = undefined;
  }

  /** Every device ordered by name; the same array until something changes. */
  list(): DeviceSnapshot[] {
    this.#list ??= [...this.#devices.values()].sort(byName);
    return this.#list;
  }

  device(name: string): DeviceSnapshot | undefined {
    return this.#devices.get(name);
  }

  series(name: string): readonly MetricSample[] {
    return this.#series.get(name) ?? [];
  }

  events(): readonly StoredEvent[] {
    return this.#events;
  }

  /** Events this page missed because its socket fell behind (they are in the store). */
  get dropped(): number {
    return this.#dropped;
  }

  #putDevice(device: DeviceSnapshot, now: number): void {
    this.#devices.set(device.name, device);
    // Only a new heartbeat or status is a new reading; health flips re-send the same numbers.
    const key = readingKey(device);
    if (this.#readings.get(device.name) === key) return;
    this.#readings.set(device.name, key);
    const sample = sampleOf(device, now);
    if (sample.cpu === null && sample.mem === null && sample.disk === null) return;
    this.#series.set(device.name, appendSample(this.series(device.name), sample));
  }

  #putWorkload(deviceName: string, name: string, workload: WorkloadSnapshot | null): void {
    const device = this.#devices.get(deviceName);
    if (!device) return; // its device delta (or the next snapshot) brings it
    const others = device.workloads.filter((w) => w.name !== name);
    const workloads = workload ? [...others, workload].sort(byName) : others;
    this.#devices.set(deviceName, { ...device, workloads });
  }

  #forgetSeries(name: string): void {
    this.#series.delete(name);
    this.#readings.delete(name);
  }
}
