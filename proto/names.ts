// Short lower-case names of the contract's enums ("running", "memory_warning") for people:
// CLI tables, API JSON and the dashboard. The wire carries the numbers.
import { mc } from './gen/mc.js';

const short = (prefix: string, values: Record<string, number>) => {
  const byNumber = new Map<number, string>();
  const byName = new Map<string, number>();
  for (const [name, n] of Object.entries(values)) {
    const s = name.slice(prefix.length).toLowerCase();
    byNumber.set(n, s);
    byName.set(s, n);
  }
  return { byNumber, byName };
};

const workload = short('WORKLOAD_STATUS_', mc.v1.WorkloadStatus as unknown as Record<string, number>);
const event = short('EVENT_TYPE_', mc.v1.EventType as unknown as Record<string, number>);

export type WorkloadStatusName =
  | 'unspecified'
  | 'registered'
  | 'starting'
  | 'running'
  | 'stopping'
  | 'stopped'
  | 'failed'
  | 'completed'
  | 'backoff';

export function workloadStatusName(status: number): WorkloadStatusName {
  return (workload.byNumber.get(status) ?? 'unspecified') as WorkloadStatusName;
}

export function workloadStatusOf(name: WorkloadStatusName): mc.v1.WorkloadStatus {
  return (workload.byName.get(name) ?? 0) as mc.v1.WorkloadStatus;
}

export function eventTypeName(type: number): string {
  return event.byNumber.get(type) ?? 'unspecified';
}

export function eventTypeOf(name: string): mc.v1.EventType {
  return (event.byName.get(name.replace(/-/g, '_')) ?? 0) as mc.v1.EventType;
}
