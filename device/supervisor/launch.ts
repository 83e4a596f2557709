// Turns a LoadedWorkload into the exact argv, environment and working directory of one run:
// a command string runs under /bin/sh -c, an argv array runs directly, a module runs in a
// Node process through module-launcher.mjs; limits (limits.ts) are prefixed to the argv.
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadedWorkload } from '../config/workload-schema.ts';
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
