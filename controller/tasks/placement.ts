// Which queued task goes to which device: pure functions over the queue and the fleet as
// placement sees it (Candidate), so the rules are unit-tested without a bus.
//
//   order     higher priority first, then submission order (FIFO within a priority)
//   match     the named device, or every device carrying all of the task's tags
//   capacity  a device takes a task while fewer than the task's max_parallel_per_device
//             queue tasks are active on it
//   load      least_loaded: fewest running tasks (the larger of what the controller dispatched
//             and what the device last reported), then lowest CPU, then lowest memory, then name
//
// A task that fits nowhere does not block the ones behind it: a lower-priority task may take
// a device that no higher-priority task could use (backfill), never one that it could.
import type { DeviceSnapshot } from '../store/types.ts';
import { currentAttempt } from './transitions.ts';
import { type Candidate, isFinal, type Placement, type Task } from './types.ts';

export interface Queued {
  priority: number;
  seq: number;
}

/** Sort order of the queue: negative when a runs before b. */
export function compareQueued(a: Queued, b: Queued): number {
  return b.priority - a.priority || a.seq - b.seq;
}

export function matches(placement: Placement, device: Candidate): boolean {
  if (placement.device !== null) return device.name === placement.device;
  return placement.tags.every((t) => device.tags.includes(t));
}

/** Running tasks as far as anyone knows: ours may not be in the device's last status yet. */
export const runningOn = (c: Candidate) => Math.max(c.active, c.reported_running);

/** Negative when a is less loaded than b. */
export function compareLoad(a: Candidate, b: Candidate): number {
  return (
    runningOn(a) - runningOn(b) ||
    a.cpu_percent - b.cpu_percent ||
    a.mem_fraction - b.mem_fraction ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** The device this task should go to now, or undefined when no matching device has room. */
export function pickDevice(
  placement: Placement,
  candidates: readonly Candidate[],
  avoid: ReadonlySet<string> = new Set(),
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (!matches(placement, c) || c.active >= placement.max_parallel_per_device) continue;
    // A device that refused this task before is tried again only when it was named.
    if (placement.device === null && avoid.has(c.name)) continue;
    if (best === undefined || compareLoad(c, best) < 0) best = c;
  }
  return best;
}

/** Devices that refused an attempt of this task. */
export function refusedBy(task: Pick<Task, 'attempts'>): Set<string> {
  return new Set(task.attempts.filter((a) => a.state === 'refused').map((a) => a.device));
}

export interface Assignment<T> {
  task: T;
  device: string;
}

/**
 * Places queued tasks (already in queue order) on the online candidates, counting each
 * assignment against the device's capacity as it goes. Candidates are copied, not mutated.
 * Stops early once every candidate is at the largest capacity any task could ask for.
 */
export function planDispatch<T extends Pick<Task, 'placement' | 'attempts'>>(
  queue: readonly T[],
  candidates: readonly Candidate[],
): Assignment<T>[] {
  const devices = candidates.map((c) => ({ ...c }));
  const out: Assignment<T>[] = [];
  if (devices.length === 0) return out;
  let maxCapacity = 0;
  for (const task of queue) maxCapacity = Math.max(maxCapacity, task.placement.max_parallel_per_device);
  for (const task of queue) {
    const device = pickDevice(task.placement, devices, refusedBy(task));
    if (!device) continue;
    device.active++;
    out.push({ task, device: device.name });
    if (devices.every((d) => d.active >= maxCapacity)) break;
  }
  return out;
}

/**
 * The online devices as placement sees them: tags (the registry's and the device's own), the
 * attempts the queue has active on each, and load from the last heartbeat or status.
 */
export function candidatesOf(
  devices: Iterable<DeviceSnapshot>,
  tasks: Iterable<Task>,
  registryTags: (device: string) => readonly string[],
): Candidate[] {
  const activeOn = new Map<string, number>();
  for (const t of tasks) {
    const a = currentAttempt(t);
    if (a && !isFinal(t.state) && (a.state === 'dispatching' || a.state === 'running')) {
      activeOn.set(a.device, (activeOn.get(a.device) ?? 0) + 1);
    }
  }
  const out: Candidate[] = [];
  for (const d of devices) {
    if (d.health !== 'online') continue;
    const status = d.status ?? {};
    const system = (status.system ?? {}) as {
      cpu_percent?: number;
      mem_used_bytes?: number;
      mem_total_bytes?: number;
    };
    const memTotal = Number(system.mem_total_bytes ?? 0);
    out.push({
      name: d.name,
      tags: [...new Set([...registryTags(d.name), ...d.tags])],
      active: activeOn.get(d.name) ?? 0,
      reported_running: Number(status.tasks_running ?? 0),
      cpu_percent: d.heartbeat?.cpu_percent ?? Number(system.cpu_percent ?? 0),
      mem_fraction:
        d.heartbeat !== null
          ? d.heartbeat.mem_percent / 100
          : memTotal > 0
            ? Number(system.mem_used_bytes ?? 0) / memTotal
            : 0,
    });
  }
  return out;
}
