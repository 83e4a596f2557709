// The simulator processes of one benchmark step, as one fleet: N devices split into
// processes of at most `perProcess` (with --offset), commands sent to all, fresh reports
// gathered from all, and conditions awaited across all — always with a deadline.
import type { SimDump, SimReport } from '../report.ts';
import { SimProcess, type SimSpawn } from './sim-process.ts';

export type GroupSpec = Omit<SimSpawn, 'id' | 'devices' | 'offset' | 'connectRate' | 'connectWindow'> & {
  devices: number;
  perProcess: number;
  /** Fleet-wide limits, divided among the processes. */
  connectRate: number;
  connectWindow: number;
};

export class SimGroup {
  readonly sims: SimProcess[] = [];

  constructor(spec: GroupSpec) {
    const count = Math.ceil(spec.devices / spec.perProcess);
    for (let i = 0; i < count; i++) {
      const offset = i * spec.perProcess;
      this.sims.push(
        new SimProcess({
          ...spec,
          id: `sim-${i}`,
          devices: Math.min(spec.perProcess, spec.devices - offset),
          offset,
          connectRate: spec.connectRate / count,
          connectWindow: Math.max(1, Math.floor(spec.connectWindow / count)),
        }),
      );
    }
  }

  send(cmd: Record<string, unknown>): void {
    for (const sim of this.sims) sim.send(cmd);
  }

  /** Ends quiet mode; `ratePerS` (fleet-wide devices/s) is split among the processes, 0 = unpaced. */
  activate(ratePerS: number): void {
    this.send({ cmd: 'activate', ...(ratePerS > 0 ? { rate: ratePerS / this.sims.length } : {}) });
  }

  /** Fresh reports from every process (asked for now, waited for up to `timeoutMs`). */
  async reports(timeoutMs = 10_000): Promise<SimReport[]> {
    const since = Date.now();
    for (const sim of this.sims) sim.requestReport();
    const deadline = since + timeoutMs;
    for (;;) {
      const latest = this.sims.map((s) => s.latest);
      if (latest.every((r): r is SimReport => r !== undefined && r.t >= since)) return latest;
      this.#assertAlive();
      if (Date.now() > deadline) throw new Error('simulators did not report in time');
      await sleep(50);
    }
  }

  /** Polls fresh reports until `done` holds for their totals; false at the deadline. */
  async waitFor(done: (t: GroupTotals) => boolean, timeoutMs: number, onPoll?: () => void): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const totals = sum(await this.reports());
      onPoll?.();
      if (done(totals)) return true;
      if (Date.now() > deadline) return false;
      await sleep(500);
    }
  }

  dumps(): Promise<SimDump[]> {
    return Promise.all(this.sims.map((s) => s.dump()));
  }

  async stop(): Promise<void> {
    await Promise.all(this.sims.map((s) => s.stop()));
  }

  #assertAlive(): void {
    const dead = this.sims.find((s) => !s.alive);
    if (dead) throw new Error(`simulator ${dead.spec.id} exited: ${dead.tracked.stderrTail()}`);
  }
}

export interface GroupTotals {
  devices: number;
  connected: number;
  announced: number;
  inflight: number;
  pendingEvents: number;
  /** Publishes other than command replies (what the controller should ingest). */
  telemetry: number;
  wills: number;
  errors: number;
  started: number;
  reports: SimReport[];
}

export function sum(reports: readonly SimReport[]): GroupTotals {
  const t: GroupTotals = {
    devices: 0,
    connected: 0,
    announced: 0,
    inflight: 0,
    pendingEvents: 0,
    telemetry: 0,
    wills: 0,
    errors: 0,
    started: Number.POSITIVE_INFINITY,
    reports: [...reports],
  };
  for (const r of reports) {
    t.devices += r.devices;
    t.connected += r.connected;
    t.announced += r.announced;
    t.inflight += r.inflight;
    t.pendingEvents += r.pending_events;
    t.telemetry += r.published_total - r.published.reply;
    // Every connection lost without DISCONNECT makes the broker publish the device's will.
    t.wills += r.drops + r.unexpected_closes;
    t.errors += r.errors;
    t.started = Math.min(t.started, r.started);
  }
  return t;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
