// "0 loss", checked at a quiet point (churn paused, every QoS 1 publish acknowledged): what
// the simulators say they published against what the controller holds. Per device: online
// in the API, the last status seq and every workload status as the live feed shows them;
// fleet-wide: every event (each device numbers its events 1, 2, 3…, so the expected count is
// the sum of last seqs) in the store, and no sequence holes. A device whose status the feed
// shows behind is looked up in the store through the API, to tell store loss from feed lag.
import { statusesOfDigits } from '../device-state.ts';
import type { SimDump } from '../report.ts';
import type { ControllerProcess } from './controller-process.ts';
import type { LiveProbe } from './live-probe.ts';

export interface LossReport {
  devices: number;
  online_api: number;
  online_feed: number;
  /** Devices whose latest status (seq) the live feed does not show. */
  status_behind_feed: number;
  /** Of those (at most 20 looked up), how many the store is behind on too. */
  status_behind_store_sampled: number;
  workloads_mismatch: number;
  events_sent: number;
  events_stored: number;
  events_missed: number;
  events_duplicate: number;
  /** Telemetry the store refused (undecodable, bad topic): a contract drift shows here. */
  rejected: number;
  /** Everything above that is not where it should be; 0 means no loss. */
  lost: number;
  /** Up to 10 workloads that differ, with what the store and the stored status summary say. */
  mismatches: Mismatch[];
}

export interface Mismatch {
  device: string;
  workload: string;
  sim: string;
  feed: string | null;
  store: string | null;
  status_summary: string | null;
}

interface DeviceDetail {
  device: {
    status: { seq?: number; workloads?: Array<{ name: string; status: string }> } | null;
    workloads: Array<{ name: string; status: string }>;
  };
}

interface Overview {
  name: string;
  health: string;
}

export async function checkLoss(
  dumps: readonly SimDump[],
  controller: ControllerProcess,
  probe: LiveProbe,
): Promise<LossReport> {
  const names = new Set<string>();
  let statusBehind = 0;
  let workloadsMismatch = 0;
  let eventsSent = 0;
  const behind: Array<[string, number]> = [];
  const differing: Array<Omit<Mismatch, 'store' | 'status_summary'>> = [];
  for (const dump of dumps) {
    for (const [name, statusSeq, eventSeq, digits] of dump.devices) {
      names.add(name);
      eventsSent += eventSeq;
      const seen = probe.devices.get(name);
      if (!seen || seen.statusSeq < statusSeq) {
        statusBehind += 1;
        behind.push([name, statusSeq]);
      }
      statusesOfDigits(digits).forEach((status, i) => {
        const workload = `w${String(i).padStart(2, '0')}`;
        const feed = seen?.workloads.get(workload);
        if (feed === status) return;
        workloadsMismatch += 1;
        differing.push({ device: name, workload, sim: status, feed: feed ?? null });
      });
    }
  }
  const online = await controller.getJson<Overview[]>('/api/fleet/clients?health=online');
  const onlineApi = online.filter((d) => names.has(d.name)).length;
  let storeBehind = 0;
  for (const [name, seq] of behind.slice(0, 20)) {
    const detail = await controller.getJson<DeviceDetail>(`/api/fleet/clients/${name}`);
    if (Number(detail.device.status?.seq ?? 0) < seq) storeBehind += 1;
  }
  const mismatches: Mismatch[] = [];
  for (const d of differing.slice(0, 10)) {
    const detail = await controller.getJson<DeviceDetail>(`/api/fleet/clients/${d.device}`);
    const pick = (list: Array<{ name: string; status: string }> | undefined) =>
      list?.find((w) => w.name === d.workload)?.status ?? null;
    mismatches.push({
      ...d,
      store: pick(detail.device.workloads),
      status_summary: pick(detail.device.status?.workloads),
    });
  }
  const m = await controller.metrics();
  const eventsStored = m.get('mc_store_events') ?? Number.NaN;
  const eventsMissed = m.get('mc_events_missed_total') ?? Number.NaN;
  const eventsDuplicate = m.get('mc_events_duplicate_total') ?? Number.NaN;
  const rejected = m.get('mc_messages_rejected_total') ?? Number.NaN;
  const lost =
    names.size -
    onlineApi +
    statusBehind +
    workloadsMismatch +
    Math.max(0, eventsSent - eventsStored) +
    eventsMissed +
    rejected;
  return {
    devices: names.size,
    online_api: onlineApi,
    online_feed: probe.countHealth('online', names),
    status_behind_feed: statusBehind,
    status_behind_store_sampled: storeBehind,
    workloads_mismatch: workloadsMismatch,
    events_sent: eventsSent,
    events_stored: eventsStored,
    events_missed: eventsMissed,
    events_duplicate: eventsDuplicate,
    rejected,
    lost,
    mismatches,
  };
}
