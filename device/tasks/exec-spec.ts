// Validates a Command.exec into the run the daemon will start: an argv, or a script body
// run by an interpreter; limits; environment; and, for container runs, the image or rootfs
// with their CPU limit and mounts. Pure: every bad field is an McError naming the field, so
// the sender gets a clear error reply instead of a run that fails in an obscure way.
import { isAbsolute } from 'node:path';
import type { MessageInput } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';

type ExecInput = NonNullable<MessageInput<'cmd'>['exec']>;

/** Largest script body accepted (the broker's packet limit is 1 MiB; the rest is headroom). */
export const MAX_SCRIPT_BYTES = 256 * 1024;
/** Bounds on argv: entries and total bytes (far below ARG_MAX). */
export const MAX_ARGV_ENTRIES = 1024;
export const MAX_ARGV_BYTES = 128 * 1024;
export const MAX_ENV_ENTRIES = 256;
/** A week: a task that needs longer is a workload. */
export const MAX_TIMEOUT_S = 7 * 24 * 3600;
export const MAX_MOUNTS = 32;
export const DEFAULT_INTERPRETER = '/bin/sh';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Image references: registry/name:tag@digest characters, no spaces or shell metacharacters. */
const IMAGE_REF = /^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}$/;

export interface MountSpec {
  source: string;
  target: string;
  read_only: boolean;
}

export interface ContainerSpec {
  /** A local image name, or '' when `rootfs` is used. */
  image: string;
  /** A root file system directory on the device, or ''. */
  rootfs: string;
  cpu_limit: number;
  mounts: MountSpec[];
}

export interface ExecSpec {
  /** What to run; for a script, the interpreter (the script path is appended at spawn). */
  argv: string[];
  /** Script body, or null for a plain argv run. */
  script: string | null;
  timeout_s: number;
  memory_limit_mb: number;
  cpu_nice: number;
  env: Record<string, string>;
  /** '' = the daemon's task work directory. */
  cwd: string;
  task_id: string;
  attempt: number;
  container: ContainerSpec | null;
}

const bad = (message: string): McError => new McError('MC_ERR_INVALID_ARGUMENT', `exec: ${message}`);

function checkString(value: string, field: string): string {
  if (value.includes('\0')) throw bad(`${field} contains a NUL byte`);
  return value;
}

function argvOf(input: ExecInput): string[] {
  const argv = [...(input.argv ?? [])];
  if (argv.length > MAX_ARGV_ENTRIES)
    throw bad(`argv has ${argv.length} entries (at most ${MAX_ARGV_ENTRIES})`);
  let bytes = 0;
  argv.forEach((arg, i) => {
    checkString(arg, `argv[${i}]`);
    bytes += Buffer.byteLength(arg);
  });
  if (bytes > MAX_ARGV_BYTES) throw bad(`argv is ${bytes} bytes (at most ${MAX_ARGV_BYTES})`);
  return argv;
}

function envOf(input: ExecInput): Record<string, string> {
  const entries = Object.entries(input.env ?? {});
  if (entries.length > MAX_ENV_ENTRIES)
    throw bad(`env has ${entries.length} entries (at most ${MAX_ENV_ENTRIES})`);
  for (const [key, value] of entries) {
    if (!ENV_NAME.test(key)) throw bad(`env name ${JSON.stringify(key)} is not a valid variable name`);
    checkString(value, `env.${key}`);
  }
  return Object.fromEntries(entries);
}

function mountsOf(input: ExecInput): MountSpec[] {
  const mounts = input.mounts ?? [];
  if (mounts.length > MAX_MOUNTS) throw bad(`mounts has ${mounts.length} entries (at most ${MAX_MOUNTS})`);
  return mounts.map((m, i) => {
    const source = checkString(m.source ?? '', `mounts[${i}].source`);
    const target = checkString(m.target ?? '', `mounts[${i}].target`);
    if (!isAbsolute(source)) throw bad(`mounts[${i}].source must be an absolute path on the device`);
    if (!isAbsolute(target)) throw bad(`mounts[${i}].target must be an absolute path in the container`);
    if (source.includes(':') || target.includes(':')) throw bad(`mounts[${i}]: paths may not contain ':'`);
    return { source, target, read_only: m.read_only === true };
  });
}

function containerOf(input: ExecInput): ContainerSpec | null {
  const image = checkString(input.image ?? '', 'image');
  const rootfs = checkString(input.rootfs ?? '', 'rootfs');
  const cpu = input.cpu_limit ?? 0;
  const mounts = mountsOf(input);
  if (!image && !rootfs) {
    if (cpu !== 0) throw bad('cpu_limit is only used with image or rootfs');
    if (mounts.length > 0) throw bad('mounts are only used with image or rootfs');
    return null;
  }
  if (image && rootfs) throw bad('image and rootfs are mutually exclusive');
  if (image && !IMAGE_REF.test(image)) throw bad(`image ${JSON.stringify(image)} is not an image reference`);
  if (rootfs && !isAbsolute(rootfs)) throw bad('rootfs must be an absolute path on the device');
  if (!Number.isFinite(cpu) || cpu < 0 || cpu > 1024)
    throw bad(`cpu_limit ${cpu} must be between 0 and 1024`);
  return { image, rootfs, cpu_limit: cpu, mounts };
}

/** The run described by `input`; throws McError(MC_ERR_INVALID_ARGUMENT or MC_ERR_LIMIT). */
export function execSpecOf(input: ExecInput | null | undefined): ExecSpec {
  if (!input) throw bad('missing exec arguments');
  const argv = argvOf(input);
  const script = input.script ?? '';
  const interpreter = checkString(input.interpreter ?? '', 'interpreter');
  if (script) {
    const bytes = Buffer.byteLength(script);
    if (bytes > MAX_SCRIPT_BYTES) {
      throw new McError('MC_ERR_LIMIT', `exec: script is ${bytes} bytes (at most ${MAX_SCRIPT_BYTES})`);
    }
    checkString(script, 'script');
    if (argv.length > 0)
      throw bad('argv and script are mutually exclusive (the interpreter runs the script)');
  } else {
    if (argv.length === 0) throw bad('argv is empty: give a command, or a script');
    if (!argv[0]) throw bad('argv[0] is empty');
    if (interpreter) throw bad('interpreter is only used with script');
  }
  const timeout = input.timeout_s ?? 0;
  if (timeout > MAX_TIMEOUT_S) throw bad(`timeout_s ${timeout} exceeds ${MAX_TIMEOUT_S} (a week)`);
  const nice = input.cpu_nice ?? 0;
  if (!Number.isInteger(nice) || nice < -20 || nice > 19)
    throw bad(`cpu_nice ${nice} must be between -20 and 19`);
  const memory = input.memory_limit_mb ?? 0;
  if (memory > 1024 * 1024) throw bad(`memory_limit_mb ${memory} is more than a terabyte`);
  const cwd = checkString(input.cwd ?? '', 'cwd');
  if (cwd && !isAbsolute(cwd)) throw bad('cwd must be an absolute path');
  const taskId = checkString(input.task_id ?? '', 'task_id');
  if (taskId.length > 128) throw bad('task_id is longer than 128 characters');
  return {
    argv: script ? [interpreter || DEFAULT_INTERPRETER] : argv,
    script: script || null,
    timeout_s: timeout,
    memory_limit_mb: memory,
    cpu_nice: nice,
    env: envOf(input),
    cwd,
    task_id: taskId,
    attempt: input.attempt ?? 0,
    container: containerOf(input),
  };
}

/** What ran, for people: argv joined, or "script (N bytes)", cut to 200 characters. */
export function commandSummary(spec: Pick<ExecSpec, 'argv' | 'script'>): string {
  const text = spec.script
    ? `${spec.argv[0] ?? DEFAULT_INTERPRETER} script (${Buffer.byteLength(spec.script)} bytes)`
    : spec.argv.map((a) => (/^[\w./:=@%+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
