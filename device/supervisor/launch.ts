// Turns a LoadedWorkload into the exact argv, environment and working directory of one run:
// a command string runs under /bin/sh -c, an argv array runs directly, a module runs in a
// Node process through module-launcher.mjs; limits (limits.ts) are prefixed to the argv.
// A `runtime: container` workload runs that command inside a container through the
// engine's CLI (container.ts), which then applies the memory and CPU limits itself.
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { McError } from '../../proto/errors.ts';
import type { LoadedWorkload } from '../config/workload-schema.ts';
import { type ContainerEngine, containerProblem, containerRunArgv } from './container.ts';
import { limitPrefix, type RlimitAsPolicy } from './limits.ts';

export interface LaunchPlan {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Limits that could not be applied, for the log. */
  notes: string[];
}

export interface LaunchOptions {
  runId: string;
  rlimitAs: RlimitAsPolicy;
  /** Environment the workload inherits before its own `env` (default: the daemon's). */
  baseEnv?: NodeJS.ProcessEnv;
  /** The device's container engine, for runtime: container (null or absent: none). */
  engine?: ContainerEngine | null;
  /** Name of the workload's container (runtime: container). */
  containerName?: string;
  /** Extra labels of the workload's container (e.g. which daemon started it). */
  containerLabels?: Record<string, string>;
}

const LAUNCHER = fileURLToPath(new URL('./module-launcher.mjs', import.meta.url));
const TS_MODULE = /\.(ts|mts|cts|tsx)$/;
const NODE_PROGRAM = /^(node|nodejs)(\d+)?$/;

let tsxLoader: string | undefined;

/** File URL of tsx's ESM loader, absolute so the workload's cwd needs no node_modules. */
function tsxLoaderUrl(): string {
  tsxLoader ??= pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return tsxLoader;
}

/** The argv of the workload itself, before limits. */
export function workloadArgv(loaded: LoadedWorkload): string[] {
  const { spec, dir } = loaded;
  if (spec.module !== undefined) {
    const modulePath = resolve(dir, spec.module);
    const loader = TS_MODULE.test(modulePath) ? ['--import', tsxLoaderUrl()] : [];
    return [process.execPath, ...loader, LAUNCHER, modulePath, spec.entry_point];
  }
  if (typeof spec.command === 'string') return ['/bin/sh', '-c', spec.command];
  return [...(spec.command ?? [])];
}

/** Whether the workload is a Node process (which cannot start under a small RLIMIT_AS). */
export function isNodeWorkload(loaded: LoadedWorkload): boolean {
  const { spec } = loaded;
  if (spec.module !== undefined) return true;
  if (typeof spec.command === 'string') {
    // First word of the shell line, past an optional `exec` and VAR=value assignments.
    const words = spec.command.trim().split(/\s+/);
    const program = words.find((w) => w !== 'exec' && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
    return program !== undefined && isNodeProgram(program);
  }
  return isNodeArgv(spec.command ?? []);
}

/** Whether an argv runs Node (directly or through env). */
export function isNodeArgv(argv: readonly string[]): boolean {
  let program = argv[0];
  if (program !== undefined && basename(program) === 'env') program = argv[1];
  return program !== undefined && isNodeProgram(program);
}

function isNodeProgram(program: string): boolean {
  return program === process.execPath || NODE_PROGRAM.test(basename(program));
}

export function planLaunch(loaded: LoadedWorkload, options: LaunchOptions): LaunchPlan {
  const { spec, dir } = loaded;
  if (spec.runtime === 'container') return planContainer(loaded, options);
  const limits = limitPrefix(spec, { isNode: isNodeWorkload(loaded), rlimitAs: options.rlimitAs });
  const argv = [...limits.argv, ...workloadArgv(loaded)];
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.baseEnv ?? process.env)) {
    if (value !== undefined) env[key] = value;
  }
  Object.assign(env, spec.env, {
    MC_WORKLOAD: spec.name,
    MC_RUN_ID: options.runId,
    MC_PARAMS: JSON.stringify(spec.params),
  });
  const [file, ...args] = argv;
  return {
    file: file ?? '/bin/false',
    args,
    cwd: resolve(dir, spec.cwd ?? '.'),
    env,
    notes: limits.notes,
  };
}

/** The engine's attached `run --rm` of a container workload: the CLI is the run's leader. */
function planContainer(loaded: LoadedWorkload, options: LaunchOptions): LaunchPlan {
  const { spec, dir, file } = loaded;
  const engine = options.engine ?? null;
  const rootfs = spec.rootfs === undefined ? '' : resolve(dir, spec.rootfs);
  const problem = containerProblem(engine, { rootfs });
  if (problem || !engine) throw new McError('MC_ERR_UNSUPPORTED', `${file}: runtime: container: ${problem}`);
  const inside: Record<string, string> = {
    ...spec.env,
    MC_WORKLOAD: spec.name,
    MC_RUN_ID: options.runId,
    MC_PARAMS: JSON.stringify(spec.params),
  };
  const argv = containerRunArgv(engine, {
    name: options.containerName ?? `mc-w-${spec.name}`,
    image: spec.image ?? '',
    rootfs,
    argv: spec.command === undefined ? [] : workloadArgv(loaded),
    envNames: Object.keys(inside).sort(),
    workdir: spec.cwd ?? '',
    memory_limit_mb: spec.memory_limit_mb ?? 0,
    cpu_limit: spec.cpu_limit ?? 0,
    mounts: spec.mounts.map((m) => ({ ...m, source: resolve(dir, m.source) })),
    labels: { ...options.containerLabels, 'mc.workload': spec.name, 'mc.run_id': options.runId },
  });
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.baseEnv ?? process.env)) {
    if (value !== undefined) env[key] = value;
  }
  const [program, ...args] = argv;
  return {
    file: program ?? '/bin/false',
    args,
    // The CLI runs in the config directory; the container's own directory is `cwd` (--workdir).
    cwd: dir,
    env: { ...env, ...inside },
    notes: spec.cpu_nice ? ['cpu_nice is not applied to containers (use cpu_limit)'] : [],
  };
}
