// A client of the controller's live feed (GET /api/live, docs/api.md): keeps what it learns
// about every device (status seq, health, workload statuses) for the loss check, and while
// recording measures status→live-feed latency — a simulator stamps DeviceStatus.ts_ms when
// it publishes, and the first device delta that carries that status (a higher seq) is its
// arrival. Simulator, controller and probe share one clock: the same machine.
import WebSocket from 'ws';
import type { LiveDelta, LiveMessage } from '../../../controller/live/messages.ts';
import type { DeviceSnapshot } from '../../../controller/store/types.ts';

export interface ProbeDevice {
  statusSeq: number;
  health: string;
  workloads: Map<string, string>;
}

export interface LatencyWindow {
  samples: number[];
  frames: number;
  bytes: number;
  dropped_notices: number;
}

export class LiveProbe {
  readonly devices = new Map<string, ProbeDevice>();
  #socket: WebSocket;
  #recording = false;
  /** Size of the snapshot frame the probe got on connect. */
  snapshotBytes = 0;
  #window: LatencyWindow = { samples: [], frames: 0, bytes: 0, dropped_notices: 0 };

  private constructor(socket: WebSocket) {
    this.#socket = socket;
  }

  /** Connects and resolves once the snapshot has arrived. */
  static connect(httpUrl: string, token: string, timeoutMs = 30_000): Promise<LiveProbe> {
    const url = `${httpUrl.replace(/^http/, 'ws')}/api/live?token=${encodeURIComponent(token)}`;
    // The snapshot of a restarted controller holds every device with its workloads in one
    // frame: over ws' default 100 MiB limit at 19,000 devices (see docs/benchmarks.md).
    const socket = new WebSocket(url, { maxPayload: 1024 * 2 ** 20 });
    const probe = new LiveProbe(socket);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('live feed: no snapshot in time')), timeoutMs);
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      socket.on('message', (data: Buffer) => {
        const first = probe.#onFrame(data);
        if (first) {
          probe.snapshotBytes = data.length;
          clearTimeout(timer);
          resolve(probe);
        }
      });
    });
  }

  startWindow(): void {
    this.#recording = true;
    this.#window = { samples: [], frames: 0, bytes: 0, dropped_notices: 0 };
  }

  endWindow(): LatencyWindow {
    this.#recording = false;
    return this.#window;
  }

  countHealth(health: string, names: ReadonlySet<string>): number {
    let n = 0;
    for (const [name, d] of this.devices) if (d.health === health && names.has(name)) n += 1;
    return n;
  }

  close(): void {
    this.#socket.terminate();
  }

  /** true for the snapshot frame. */
  #onFrame(data: Buffer): boolean {
    const now = Date.now();
    const message = JSON.parse(data.toString('utf8')) as LiveMessage;
    this.#window.frames += 1;
    this.#window.bytes += data.length;
    if (message.type === 'snapshot') {
      for (const device of message.devices) this.#device(device, now, false);
      return true;
    }
    if (message.type === 'batch') for (const delta of message.messages) this.#delta(delta, now);
    else this.#delta(message, now);
    return false;
  }

  #delta(delta: LiveDelta, now: number): void {
    switch (delta.type) {
      case 'device':
        this.#device(delta.device, now, true);
        return;
      case 'workload': {
        const d = this.#entry(delta.device);
        if (delta.workload) d.workloads.set(delta.name, delta.workload.status);
        else d.workloads.delete(delta.name);
        return;
      }
      case 'removed':
        this.devices.delete(delta.device);
        return;
      case 'dropped':
        this.#window.dropped_notices += 1;
        return;
      default:
        return;
    }
  }

  #device(snapshot: DeviceSnapshot, now: number, live: boolean): void {
    const d = this.#entry(snapshot.name);
    d.health = snapshot.health;
    for (const w of snapshot.workloads) d.workloads.set(w.name, w.status);
    const seq = Number(snapshot.status?.seq ?? 0);
    if (seq > d.statusSeq) {
      const ts = Number(snapshot.status?.ts_ms ?? 0);
      if (live && this.#recording && ts > 0) this.#window.samples.push(now - ts);
      d.statusSeq = seq;
    }
  }

  #entry(name: string): ProbeDevice {
    let d = this.devices.get(name);
    if (!d) {
      d = { statusSeq: 0, health: 'unknown', workloads: new Map() };
      this.devices.set(name, d);
    }
    return d;
  }
}
