// Loads a device config directory: daemon.yaml plus one workload per other *.yaml/*.yml
// file. Bad content never throws: every problem of the whole set is collected and returned
// at once, because a config set is accepted or rejected as a whole (start-up, hot reload,
// `mctl validate`). Only the top level of the directory is read: subdirectories (e.g. the
// programs/ next to the examples) and hidden files are not configs.
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { McError } from '../../proto/errors.ts';
import { resolveDaemonPaths } from './daemon-config.ts';
import { type DaemonConfig, DaemonConfigSchema } from './daemon-schema.ts';
import { checkDaemonFiles, checkWorkloadFiles } from './file-checks.ts';
import { DAEMON_FILE_NAMES } from './file-names.ts';
import { deepFreeze } from './freeze.ts';
import { parseWithProblems } from './issue-messages.ts';
import { DAEMON_MIGRATION_HINTS, WORKLOAD_MIGRATION_HINTS } from './known-fields.ts';
import { type ConfigProblem, formatProblem, sortProblems } from './problems.ts';
import { type LoadedWorkload, WorkloadSpecSchema } from './workload-schema.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export { DAEMON_FILE_NAMES };
/** Configs of the controller host that may share a directory with a device's; not workloads. */
export const IGNORED_FILE_NAMES = [
  'controller.yaml',
  'controller.yml',
  'inventory.yaml',
  'inventory.yml',
] as const;

export interface LoadOptions {
  /** Check that module, cwd, command[0] and TLS files exist (default true). */
  checkFiles?: boolean;
  /**
   * Read the workload files from this directory instead of `dir` (daemon.yaml still comes from
   * `dir`): a device running a release takes its workloads from `<data_dir>/current`.
   */
  workloadsDir?: string;
}

export interface ConfigSet {
  /** The daemon config; defaults when daemon.yaml is absent or invalid (then `problems` says why). */
  daemon: DaemonConfig;
  /** Every workload that is valid on its own, in file-name order. Apply them only if `problems` is empty. */
  workloads: LoadedWorkload[];
  problems: ConfigProblem[];
}

export interface WorkloadFileResult {
  workload?: LoadedWorkload;
  problems: ConfigProblem[];
}

interface ParsedWorkloadFile extends WorkloadFileResult {
  file: string;
  source?: YamlSource;
  /** The `name` as written, even when the file has other problems (for duplicate checks). */
  rawName?: string;
}

async function readSource(file: string): Promise<{ source?: YamlSource; problems: ConfigProblem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { problems: [{ file, path: '', message: `cannot read file: ${(err as Error).message}` }] };
  }
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) return { problems: parsed.problems };
  return { source: parsed.source, problems: [] };
}

async function parseWorkloadFile(file: string, opts: LoadOptions): Promise<ParsedWorkloadFile> {
  const { source, problems } = await readSource(file);
  if (source === undefined) return { file, problems };
  if (source.value === null || source.value === undefined) {
    return {
      file,
      source,
      problems: [{ file, line: 1, column: 1, path: '', message: 'file is empty; expected a workload' }],
    };
  }
  const dir = path.dirname(path.resolve(file));
  const rawName = (source.value as { name?: unknown }).name;
  const parsed = parseWithProblems(WorkloadSpecSchema, file, source, WORKLOAD_MIGRATION_HINTS);
  const fileProblems = opts.checkFiles === false ? [] : await checkWorkloadFiles(file, dir, source);
  const all = [...(parsed.ok ? [] : parsed.problems), ...fileProblems];
  const result: ParsedWorkloadFile = { file, source, problems: sortProblems(all) };
  if (typeof rawName === 'string') result.rawName = rawName;
  if (parsed.ok && all.length === 0) {
    result.workload = deepFreeze({ spec: parsed.value, file: path.resolve(file), dir });
  }
  return result;
}

/** Loads and checks one workload file. Never throws for bad content. */
export async function loadWorkloadFile(file: string, opts: LoadOptions = {}): Promise<WorkloadFileResult> {
  const { workload, problems } = await parseWorkloadFile(file, opts);
  return workload === undefined ? { problems } : { workload, problems };
}

/** Loads daemon.yaml (or the defaults when `file` is undefined); `baseDir` resolves relative paths. */
export async function loadDaemonFile(
  file: string | undefined,
  baseDir: string,
  opts: LoadOptions = {},
): Promise<{ daemon: DaemonConfig; problems: ConfigProblem[] }> {
  const defaults = () => deepFreeze(resolveDaemonPaths(DaemonConfigSchema.parse({}), baseDir));
  if (file === undefined) return { daemon: defaults(), problems: [] };
  const { source, problems } = await readSource(file);
  if (source === undefined) return { daemon: defaults(), problems };
  // An empty daemon.yaml (or one with only comments) means "all defaults".
  if (source.value === null || source.value === undefined) return { daemon: defaults(), problems: [] };
  const dir = path.dirname(path.resolve(file));
  const parsed = parseWithProblems(DaemonConfigSchema, file, source, DAEMON_MIGRATION_HINTS);
  const fileProblems = opts.checkFiles === false ? [] : await checkDaemonFiles(file, dir, source);
  const all = sortProblems([...(parsed.ok ? [] : parsed.problems), ...fileProblems]);
  if (!parsed.ok) return { daemon: defaults(), problems: all };
  return { daemon: deepFreeze(resolveDaemonPaths(parsed.value, dir)), problems: all };
}

/** The config files of `dir`: its daemon file (if any) and its workload files, sorted. */
export async function listConfigFiles(
  dir: string,
): Promise<{ daemonFile?: string; workloadFiles: string[]; problems: ConfigProblem[] }> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'config directory does not exist'
        : `cannot read directory: ${(err as Error).message}`;
    return { workloadFiles: [], problems: [{ file: dir, path: '', message }] };
  }
  const names = entries
    // Symlinked files count (config management tools link them in); directories never do.
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const daemonNames = names.filter((name) => (DAEMON_FILE_NAMES as readonly string[]).includes(name));
  const problems: ConfigProblem[] = [];
  if (daemonNames.length > 1) {
    problems.push({
      file: path.join(dir, 'daemon.yml'),
      path: '',
      message: 'both daemon.yaml and daemon.yml exist; keep one',
    });
  }
  const skip = new Set<string>([...DAEMON_FILE_NAMES, ...IGNORED_FILE_NAMES]);
  const first = daemonNames[0];
  return {
    ...(first === undefined ? {} : { daemonFile: path.join(dir, first) }),
    workloadFiles: names.filter((name) => !skip.has(name)).map((name) => path.join(dir, name)),
    problems,
  };
}

/** A workload name used by several files is a problem in every file after the first. */
function duplicateProblems(files: readonly ParsedWorkloadFile[]): ConfigProblem[] {
  const firstFile = new Map<string, string>();
  const problems: ConfigProblem[] = [];
  for (const parsed of files) {
    if (parsed.rawName === undefined) continue;
    const first = firstFile.get(parsed.rawName);
    if (first === undefined) {
      firstFile.set(parsed.rawName, parsed.file);
      continue;
    }
    problems.push({
      file: parsed.file,
      ...parsed.source?.locate(['name']),
      path: 'name',
      message: `duplicate workload name "${parsed.rawName}": also defined in ${first}`,
    });
    delete parsed.workload;
  }
  return problems;
}

/** Loads a whole config directory. Never throws for bad content; see ConfigSet. */
export async function loadConfigDir(dir: string, opts: LoadOptions = {}): Promise<ConfigSet> {
  const own = await listConfigFiles(dir);
  const other = opts.workloadsDir === undefined ? undefined : await listConfigFiles(opts.workloadsDir);
  const listing = other
    ? { ...own, workloadFiles: other.workloadFiles, problems: [...own.problems, ...other.problems] }
    : own;
  const [daemonResult, files] = await Promise.all([
    loadDaemonFile(listing.daemonFile, path.resolve(dir), opts),
    Promise.all(listing.workloadFiles.map((file) => parseWorkloadFile(file, opts))),
  ]);
  const problems = sortProblems([
    ...listing.problems,
    ...daemonResult.problems,
    ...files.flatMap((parsed) => parsed.problems),
    ...duplicateProblems(files),
  ]);
  const workloads = files.flatMap((parsed) => (parsed.workload === undefined ? [] : [parsed.workload]));
  return { daemon: daemonResult.daemon, workloads, problems };
}

/**
 * The all-or-nothing form for start-up and hot reload: the config set, or an
 * McError(MC_ERR_CONFIG) whose message lists every problem (and `details` holds them).
 */
export async function loadValidConfigDir(
  dir: string,
  opts: LoadOptions = {},
): Promise<{ daemon: DaemonConfig; workloads: LoadedWorkload[] }> {
  const { daemon, workloads, problems } = await loadConfigDir(dir, opts);
  if (problems.length > 0) {
    const lines = problems.map(formatProblem);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new McError('MC_ERR_CONFIG', `invalid config in ${dir} (${count}):\n${lines.join('\n')}`, {
      details: problems,
    });
  }
  return { daemon, workloads };
}
