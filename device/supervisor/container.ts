// Container runs through the podman or docker CLI: which engine the device has (detected once
// at daemon start, reported as a capability), and the exact argv of `run`, `stop` and `rm`.
// The run stays attached (`run --rm`, no -d): the engine process is the run's leader, its
// output is the container's output, and its exit code is the container's. Stopping a run
// must stop the container itself — killing the attached CLI alone would leave the container
// running under the engine's monitor (conmon, dockerd) — hence stopContainer() by name.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { findExecutable } from './limits.ts';

const execFileAsync = promisify(execFile);

export type EngineName = 'podman' | 'docker';
export const ENGINE_NAMES: readonly EngineName[] = ['podman', 'docker'];

export interface ContainerEngine {
  name: EngineName;
  /** Absolute path of the CLI. */
  path: string;
  version: string;
}

export interface MountSpec {
  source: string;
  target: string;
  read_only: boolean;
}

export interface ContainerRunSpec {
  /** Container name: how stop/rm find it again. */
  name: string;
  /** A local image name, or '' with `rootfs`. */
  image: string;
  /** A root file system directory (podman only), or ''. */
  rootfs: string;
  /** Command inside the container; empty = the image's default command. */
  argv: string[];
  /** Names of variables passed in; their values travel in the CLI's environment, not its argv. */
  envNames: string[];
  /** Working directory inside the container, '' = the image's. */
  workdir: string;
  memory_limit_mb: number;
  cpu_limit: number;
  mounts: MountSpec[];
  /** Labels, e.g. which daemon and run started it (for cleanup and `ps --filter`). */
  labels: Record<string, string>;
}

/** Runs one probe command; resolves with its stdout, rejects on failure or timeout. */
export type ProbeRunner = (file: string, args: string[], timeoutMs?: number) => Promise<string>;

const defaultProbe: ProbeRunner = async (file, args, timeoutMs = 10_000) =>
  (await execFileAsync(file, args, { timeout: timeoutMs, encoding: 'utf8' })).stdout;

/**
 * The first working engine among `candidates` (podman first: it needs no daemon). A CLI that
 * exists but cannot reach its engine (docker without dockerd) does not count.
 */
export async function detectContainerEngine(
  opts: {
    probe?: ProbeRunner;
    find?: (name: string) => string | null;
    candidates?: readonly EngineName[];
  } = {},
): Promise<ContainerEngine | null> {
  const probe = opts.probe ?? defaultProbe;
  const find = opts.find ?? ((name: string) => findExecutable(name));
  for (const name of opts.candidates ?? enginesFromEnv()) {
    const path = find(name);
    if (!path) continue;
    try {
      // podman is daemonless: its version answers for the engine. docker's client version
      // answers without dockerd, so ask for the server's.
      const out =
        name === 'podman'
          ? await probe(path, ['version', '--format', '{{.Client.Version}}'])
          : await probe(path, ['version', '--format', '{{.Server.Version}}']);
      const version = out.trim();
      if (version) return { name, path, version };
    } catch {
      // present but not usable here; try the next one
    }
  }
  return null;
}

let detected: Promise<ContainerEngine | null> | undefined;

/**
 * detectContainerEngine() once per process: the daemon reports it as a capability, and every
 * config check of a container workload (start, reload, `mctl validate`) asks the same answer.
 */
export function detectContainerEngineOnce(): Promise<ContainerEngine | null> {
  detected ??= detectContainerEngine();
  return detected;
}

/**
 * The engines to look for: MC_CONTAINER_ENGINES (comma-separated, e.g. "docker", or "none" to
 * run no containers on this device), else podman then docker.
 */
export function enginesFromEnv(value = process.env.MC_CONTAINER_ENGINES): readonly EngineName[] {
  if (value === undefined || value.trim() === '') return ENGINE_NAMES;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v): v is EngineName => (ENGINE_NAMES as readonly string[]).includes(v));
}

/** The capability strings of a device (Presence/DeviceStatus.capabilities). */
export function capabilitiesOf(engine: ContainerEngine | null): string[] {
  return engine ? ['exec', 'container', `container:${engine.name}`] : ['exec'];
}

/** Why `spec` cannot run on `engine` (null when it can). */
export function containerProblem(
  engine: ContainerEngine | null,
  spec: Pick<ContainerRunSpec, 'rootfs'>,
): string | null {
  if (!engine) return 'no container engine (podman or docker) found on this device';
  if (spec.rootfs && engine.name !== 'podman') return `rootfs needs podman; this device has ${engine.name}`;
  return null;
}

export function containerRunArgv(engine: ContainerEngine, spec: ContainerRunSpec): string[] {
  const args = [engine.path, 'run', '--rm', '--name', spec.name];
  // A container of the same name left by a killed daemon is replaced, not an error.
  if (engine.name === 'podman') args.push('--replace');
  for (const [key, value] of Object.entries(spec.labels)) args.push('--label', `${key}=${value}`);
  if (spec.memory_limit_mb > 0) args.push('--memory', `${spec.memory_limit_mb}m`);
  if (spec.cpu_limit > 0) args.push('--cpus', String(spec.cpu_limit));
  for (const name of spec.envNames) args.push('--env', name);
  for (const m of spec.mounts) args.push('--volume', `${m.source}:${m.target}${m.read_only ? ':ro' : ''}`);
  if (spec.workdir) args.push('--workdir', spec.workdir);
  // Options end here: the word after --rootfs is the path, then the command (STACK.md).
  if (spec.rootfs) args.push('--rootfs', spec.rootfs);
  else args.push(spec.image);
  args.push(...spec.argv);
  return args;
}

export function containerStopArgv(engine: ContainerEngine, name: string, graceS: number): string[] {
  return [engine.path, 'stop', '--time', String(Math.max(0, Math.ceil(graceS))), name];
}

/** Removes at once: podman's `rm --force` would first wait its stop timeout (10 s) for a SIGTERM-deaf PID 1. */
export function containerRemoveArgv(engine: ContainerEngine, name: string): string[] {
  return engine.name === 'podman'
    ? [engine.path, 'rm', '--force', '--time', '0', name]
    : [engine.path, 'rm', '--force', name];
}

/**
 * Stops the container by name (SIGTERM, SIGKILL after `graceS`), then removes it. Never
 * throws: a container already gone is the usual case once its attached run has exited.
 */
export async function stopContainer(
  engine: ContainerEngine,
  name: string,
  graceS: number,
  run: ProbeRunner = defaultProbe,
): Promise<void> {
  // Generous: a CLI killed half-way through (seen with podman rm) can leave the container's
  // processes running while the engine has forgotten the container.
  const steps: [string[], number][] = [
    // The engine's own SIGKILL comes after graceS: give its CLI that long and some.
    [containerStopArgv(engine, name, graceS), graceS * 1000 + 30_000],
    [containerRemoveArgv(engine, name), 30_000],
  ];
  for (const [[file, ...args], timeoutMs] of steps) {
    try {
      await run(file as string, args, timeoutMs);
    } catch {
      // no such container (already removed by --rm), or the engine refused: nothing to add
    }
  }
}

/** Removes a container left after its run (normally gone already: `run --rm`). Never throws. */
export async function removeContainer(
  engine: ContainerEngine,
  name: string,
  run: ProbeRunner = defaultProbe,
): Promise<void> {
  const [file, ...args] = containerRemoveArgv(engine, name);
  await run(file as string, args, 30_000).catch(() => undefined);
}

/** Container names are one MQTT-safe word: mc-<kind>-<name>. */
export function containerName(kind: 'w' | 't', name: string): string {
  return `mc-${kind}-${name}`;
}

/** mc-w-<workload>-<daemon>: two daemons on one host (tests, the demo) never share a container. */
export function workloadContainerName(workload: string, runDir: string): string {
  const daemon = createHash('sha256').update(runDir).digest('hex').slice(0, 8);
  return containerName('w', `${workload}-${daemon}`);
}
