// The floor: a bare child_process.spawn loop in its own Node process (floor-supervisor.mjs).
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killGroup, spawnHelper, waitExit, waitLine } from '../child.ts';
import { msBetween, nowNs, WORKLOAD_SCRIPT } from '../markers.ts';
import type { ColdLaunch, Instance, Tool, ToolContext, WarmLaunch } from './types.ts';

const LOOP = fileURLToPath(new URL('../floor-supervisor.mjs', import.meta.url));

class FloorInstance implements Instance {
  readonly tool = 'floor';

  constructor(
    readonly mark: string,
    readonly readyDir: string,
    readonly child: ChildProcess,
    private readonly stopped: () => void,
  ) {}

  daemonPid(): Promise<number> {
    return Promise.resolve(this.child.pid ?? 0);
  }

  async stop(): Promise<void> {
    // Only the loop itself: it signals its workloads' groups and exits when they are gone.
    try {
      if (this.child.pid) process.kill(this.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    if (!(await waitExit(this.child, 10_000))) killGroup(this.child.pid, 'SIGKILL');
    this.stopped();
  }
}

export class FloorTool implements Tool {
  readonly name = 'floor';
  readonly warmHow = 'spawn loop up with none; `spawn 50` on its stdin';
  readonly version = `bare child_process.spawn loop, node ${process.version}`;

  constructor(private readonly ctx: ToolContext) {}

  #launch(count: number): { instance: FloorInstance; spawnedNs: bigint } {
    const { dir, readyDir, mark, id } = this.ctx.instanceDir('floor');
    const spawnedNs = nowNs();
    const child = spawnHelper(process.execPath, [LOOP, String(count), WORKLOAD_SCRIPT, mark, readyDir], {
      env: this.ctx.supervisorEnv(),
      logFile: join(dir, 'floor.log'),
      readStdout: true,
      writeStdin: true,
    });
    const instance = new FloorInstance(mark, readyDir, child, () => this.ctx.cleanup.removeTask(id));
    this.ctx.cleanup.addTask({
      name: id,
      run: () => instance.stop(),
      runSync: () => killGroup(child.pid, 'SIGKILL'),
    });
    return { instance, spawnedNs };
  }

  async cold(count: number): Promise<ColdLaunch> {
    return this.#launch(count);
  }

  async warm(count: number): Promise<WarmLaunch> {
    const { instance, spawnedNs } = this.#launch(0);
    const startupMs = msBetween(
      spawnedNs,
      await waitLine(instance.child, (line) => line === '@@ready', 30_000),
    );
    const requestedNs = nowNs();
    instance.child.stdin?.write(`spawn ${count}\n`);
    return { instance, requestedNs, startupMs };
  }
}
