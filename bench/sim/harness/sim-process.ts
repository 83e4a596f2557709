// One fleet-simulator process driven by the scenario: spawned with --control, its JSON-line
// reports kept (the latest, plus every one for the step's statistics), commands written to
// its stdin, and its dump awaited when asked for.
import { fileURLToPath } from 'node:url';
import type { SimDump, SimLine, SimReport } from '../report.ts';
import { spawnTracked, stopChild, type Tracked } from './children.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../..', import.meta.url));

export interface SimSpawn {
  id: string;
  broker: string;
  devices: number;
  offset: number;
  passwordFile: string;
  workloads: number;
  heartbeatS: number;
  churnState: number;
  churnReconnect: number;
  connectRate: number;
  connectWindow: number;
  quiet: boolean;
  reportS: number;
}

export class SimProcess {
  readonly spec: SimSpawn;
  readonly tracked: Tracked;
  latest: SimReport | undefined;
  readonly reports: SimReport[] = [];
  #dumpWaiter: ((d: SimDump) => void) | undefined;

  constructor(spec: SimSpawn) {
    this.spec = spec;
    const args = [
      '--import',
      'tsx',
      MAIN,
      ...['--broker', spec.broker, '--devices', String(spec.devices), '--offset', String(spec.offset)],
      ...['--password-file', spec.passwordFile, '--workloads', String(spec.workloads)],
      ...['--heartbeat', String(spec.heartbeatS), '--churn-state', String(spec.churnState)],
      ...['--churn-reconnect', String(spec.churnReconnect), '--connect-rate', String(spec.connectRate)],
      ...['--connect-window', String(spec.connectWindow), '--report', String(spec.reportS)],
      ...['--id', spec.id, '--control', ...(spec.quiet ? ['--quiet'] : [])],
    ];
    this.tracked = spawnTracked(process.execPath, args, (line) => this.#onLine(line), { cwd: REPO });
  }

  get pid(): number {
    return this.tracked.pid;
  }

  get alive(): boolean {
    return this.tracked.child.exitCode === null && this.tracked.child.signalCode === null;
  }

  send(cmd: Record<string, unknown>): void {
    this.tracked.child.stdin?.write(`${JSON.stringify(cmd)}\n`);
  }

  /** Asks for a fresh report now (so a check does not wait for the next period). */
  requestReport(): void {
    this.send({ cmd: 'report' });
  }

  dump(timeoutMs = 30_000): Promise<SimDump> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.spec.id}: no dump`)), timeoutMs);
      this.#dumpWaiter = (d) => {
        clearTimeout(timer);
        resolve(d);
      };
      this.send({ cmd: 'dump' });
    });
  }

  stop(): Promise<number | string> {
    this.send({ cmd: 'stop' });
    return stopChild(this.tracked, 5000);
  }

  #onLine(line: string): void {
    let parsed: SimLine;
    try {
      parsed = JSON.parse(line) as SimLine;
    } catch {
      return;
    }
    if (parsed.type === 'report') {
      this.latest = parsed;
      this.reports.push(parsed);
    } else if (parsed.type === 'dump') {
      this.#dumpWaiter?.(parsed);
      this.#dumpWaiter = undefined;
    }
  }
}
