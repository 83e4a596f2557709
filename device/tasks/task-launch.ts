// Turns a validated ExecSpec into the LaunchPlan of one task run, like launch.ts does for a
// workload: a process run gets the same limit prefix (prlimit RLIMIT_AS, nice) as a
// workload; a container run is the engine's attached `run --rm` (container.ts), with the
// script (if any) mounted read-only and the memory and CPU limits given to the engine.

import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import type { Clock } from '../supervisor/clock.ts';
import {
  type ContainerEngine,
  containerName,
  containerProblem,
  containerRunArgv,
  removeContainer,
  stopContainer,
} from '../supervisor/container.ts';
import { isNodeArgv, type LaunchPlan } from '../supervisor/launch.ts';
import { limitPrefix, type RlimitAsPolicy } from '../supervisor/limits.ts';
import type { RotatingLog } from '../supervisor/rotating-log.ts';
import type { RunDeps } from '../supervisor/run.ts';
import type { ExecSpec } from './exec-spec.ts';
import type { TaskRunRecord } from './task-record.ts';

/** Where a shipped script appears inside a container. */
export const CONTAINER_SCRIPT_PATH = '/mc-task/script';

export interface TaskLaunchContext {
  runId: string;
  /** The script file of a script run, written before the launch. */
  scriptPath: string | null;
  /** Default working directory of process runs. */
  workDir: string;
  engine: ContainerEngine | null;
  rlimitAs: RlimitAsPolicy;
  /** Label identifying the daemon that started a container (its data directory). */
  owner: string;
  baseEnv?: NodeJS.ProcessEnv;
}

export interface TaskLaunchPlan extends LaunchPlan {
  /** Container name of a container run, else null. */
  container: string | null;
}

function baseEnvOf(ctx: TaskLaunchContext): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(ctx.baseEnv ?? process.env)) {
    if (value !== undefined) env[key] = value;
  }
  return env;
}

function taskVariables(spec: ExecSpec, runId: string): Record<string, string> {
  return { MC_RUN_ID: runId, MC_TASK_ID: spec.task_id, MC_TASK_ATTEMPT: String(spec.attempt) };
}

export function planTaskLaunch(spec: ExecSpec, ctx: TaskLaunchContext): TaskLaunchPlan {
  if (spec.script && !ctx.scriptPath)
    throw new McError('MC_ERR_INTERNAL', 'script run without a script file');
  const own = taskVariables(spec, ctx.runId);
  if (spec.container) {
    const problem = containerProblem(ctx.engine, spec.container);
    if (problem || !ctx.engine) throw new McError('MC_ERR_UNSUPPORTED', `exec: ${problem}`);
    const name = containerName('t', ctx.runId);
    const mounts = [...spec.container.mounts];
    if (spec.script && ctx.scriptPath) {
      mounts.push({ source: ctx.scriptPath, target: CONTAINER_SCRIPT_PATH, read_only: true });
    }
    const inside = { ...spec.env, ...own };
    const argv = containerRunArgv(ctx.engine, {
      name,
      image: spec.container.image,
      rootfs: spec.container.rootfs,
      argv: spec.script ? [spec.argv[0] ?? '/bin/sh', CONTAINER_SCRIPT_PATH] : spec.argv,
      envNames: Object.keys(inside).sort(),
      workdir: spec.cwd,
      memory_limit_mb: spec.memory_limit_mb,
      cpu_limit: spec.container.cpu_limit,
      mounts,
      labels: { 'mc.run_id': ctx.runId, 'mc.owner': ctx.owner },
    });
    const [file, ...args] = argv;
    return {
      file: file ?? '/bin/false',
      args,
      // The engine CLI runs in the work dir; the container's own cwd is --workdir.
      cwd: ctx.workDir,
      env: { ...baseEnvOf(ctx), ...inside },
      notes: spec.cpu_nice ? ['cpu_nice is not applied to container runs (use cpu_limit)'] : [],
      container: name,
    };
  }
  const command = spec.script && ctx.scriptPath ? [spec.argv[0] ?? '/bin/sh', ctx.scriptPath] : spec.argv;
  const limits = limitPrefix(
    {
      ...(spec.memory_limit_mb > 0 ? { memory_limit_mb: spec.memory_limit_mb } : {}),
      ...(spec.cpu_nice !== 0 ? { cpu_nice: spec.cpu_nice } : {}),
    },
    { isNode: isNodeArgv(command), rlimitAs: ctx.rlimitAs },
  );
  const [file, ...args] = [...limits.argv, ...command];
  return {
    file: file ?? '/bin/false',
    args,
    cwd: spec.cwd || ctx.workDir,
    env: { ...baseEnvOf(ctx), ...spec.env, ...own },
    notes: limits.notes,
    container: null,
  };
}

/** What the supervisor's Run needs for one task run (spawned, or adopted after a restart). */
export function taskRunDeps(
  record: TaskRunRecord,
  ctx: {
    log: RotatingLog;
    fifo: string;
    clock: Clock;
    logger: Logger;
    engine: ContainerEngine | null;
    stopTimeoutMs: number;
  },
): RunDeps {
  const { engine } = ctx;
  const name = record.container;
  // Stopping the attached CLI alone could leave the container running: stop it by name.
  const container =
    record.runtime === 'container' && engine && name
      ? {
          beforeStop: () => stopContainer(engine, name, ctx.stopTimeoutMs / 1000),
          afterEnd: () => removeContainer(engine, name),
        }
      : {};
  const timeoutMs = record.timeout_ms ?? undefined;
  const logger = ctx.logger.child({ run_id: record.run_id });
  return {
    workload: record.run_id,
    runId: record.run_id,
    clock: ctx.clock,
    logger,
    log: ctx.log,
    fifo: ctx.fifo,
    stopTimeoutMs: ctx.stopTimeoutMs,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    onTimeout: () => logger.info(`task run exceeded its timeout of ${timeoutMs} ms`),
    ...container,
  };
}
