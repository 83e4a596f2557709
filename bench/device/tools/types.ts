// What the scenario needs from each supervisor it compares: start N workloads from nothing
// ("cold": the supervisor's own start-up included) or into an already running supervisor
// ("warm"), name the supervising process, report its own view, and stop everything.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cleanup } from '../cleanup.ts';
import { OWNER_VAR } from '../markers.ts';

export type ToolName = 'ours' | 'pm2' | 'floor';

export interface Instance {
  readonly tool: ToolName;
  /** MC_BENCH_MARK of this instance's workloads. */
  readonly mark: string;
  readonly readyDir: string;
  /** Our daemon's log (pino JSON lines), for the diagnostics of daemon-log.ts. */
  readonly daemonLog?: string;
  /** The supervising process: `mctl up`, PM2's God daemon, the bare spawn loop. */
  daemonPid(): Promise<number>;
  /** The tool's own list of its running workloads' pids, when it has one (`mctl list`, `pm2 jlist`). */
  ownView?(): Promise<number[]>;
  /** Stops the supervisor and its workloads the tool's own way. */
  stop(): Promise<void>;
}

export interface ColdLaunch {
  instance: Instance;
  /** Just before the supervisor (or its CLI) was spawned. */
  spawnedNs: bigint;
  /** A tool milestone after the spawn: our ready line; `pm2 start` returning. */
  milestone?: Promise<bigint>;
}

export interface WarmLaunch {
  instance: Instance;
  /** When the start of the workloads was requested from the ready supervisor. */
  requestedNs: bigint;
  /** Supervisor spawn → ready to take the request, with no workloads (ms). */
  startupMs: number;
}

export interface Tool {
  readonly name: ToolName;
  /** What "warm" means for this tool, for the report. */
  readonly warmHow: string;
  readonly version: string;
  cold(count: number): Promise<ColdLaunch>;
  warm(count: number): Promise<WarmLaunch>;
}

/** State shared by the tools of one run: the run id, the clean-up, instance numbering. */
export class ToolContext {
  #seq = 0;
  readonly baseDir: string;

  constructor(
    readonly runId: string,
    readonly cleanup: Cleanup,
  ) {
    this.baseDir = mkdtempSync(join(tmpdir(), 'mc-bench-dev-'));
    cleanup.addDir(this.baseDir);
  }

  /** A fresh directory (with a ready/ subdirectory) and mark for one instance. */
  instanceDir(tool: ToolName): { dir: string; readyDir: string; mark: string; id: string } {
    this.#seq += 1;
    const id = `${tool}-${this.#seq}`;
    const dir = join(this.baseDir, id);
    const readyDir = join(dir, 'ready');
    mkdirSync(readyDir, { recursive: true });
    return { dir, readyDir, mark: `${this.runId}:${id}`, id };
  }

  /** The environment of a supervisor: ours plus the owner marker (never a workload mark). */
  supervisorEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return { ...process.env, ...extra, [OWNER_VAR]: this.runId };
  }
}
