// Checks of the files a config refers to (workload modules, working directories, programs,
// TLS material, a container workload's engine and rootfs). They run on the raw YAML value,
// beside the schema check rather than after it, so a file with a typo in one field and a
// missing module in another reports both.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { containerProblem, detectContainerEngineOnce } from '../supervisor/container.ts';
import { type ConfigProblem, formatPath } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';

type Kind = 'file' | 'directory';

async function pathProblem(absolute: string, kind: Kind, mode: number): Promise<string | null> {
  try {
    const info = await stat(absolute);
    if (kind === 'file' && !info.isFile()) return `${absolute} is not a file`;
    if (kind === 'directory' && !info.isDirectory()) return `${absolute} is not a directory`;
    await access(absolute, mode);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `${absolute} does not exist`;
    if (code === 'EACCES') {
      return mode === constants.X_OK
        ? `${absolute} is not executable (chmod +x)`
        : `${absolute} is not readable`;
    }
    return `${absolute}: ${(err as Error).message}`;
  }
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;

const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value !== '';

interface Check {
  path: Array<string | number>;
  absolute: string;
  kind: Kind;
  mode: number;
  hint?: string;
}

async function runChecks(file: string, source: YamlSource, checks: Check[]): Promise<ConfigProblem[]> {
  const results = await Promise.all(
    checks.map(async (check) => {
      const problem = await pathProblem(check.absolute, check.kind, check.mode);
      if (problem === null) return [];
      const message = check.hint === undefined ? problem : `${problem}; ${check.hint}`;
      return [{ file, ...source.locate(check.path), path: formatPath(check.path), message }];
    }),
  );
  return results.flat();
}

/** module, cwd and a path-like command[0] of a workload file in `dir`. */
export async function checkWorkloadFiles(
  file: string,
  dir: string,
  source: YamlSource,
): Promise<ConfigProblem[]> {
  const value = source.value;
  const checks: Check[] = [];
  const module = field(value, 'module');
  if (nonEmptyString(module)) {
    // The Python system named modules with dots (agents.examples.hello); here it is a file.
    const dotted =
      !module.includes('/') && /^[\w]+(\.[\w]+)+$/.test(module) && !/\.(m|c)?[jt]s$/.test(module);
    checks.push({
      path: ['module'],
      absolute: path.resolve(dir, module),
      kind: 'file',
      mode: constants.R_OK,
      ...(dotted
        ? { hint: 'module is a file path relative to the config file (e.g. ./programs/agent.mjs)' }
        : {}),
    });
  }
  const cwd = field(value, 'cwd');
  const base = nonEmptyString(cwd) ? path.resolve(dir, cwd) : dir;
  const cwdProblems = nonEmptyString(cwd)
    ? await runChecks(file, source, [
        { path: ['cwd'], absolute: base, kind: 'directory', mode: constants.X_OK },
      ])
    : [];
  const command = field(value, 'command');
  const program = Array.isArray(command) ? command[0] : undefined;
  // Only paths are checked: a bare name is looked up in PATH when the workload starts, and
  // its environment (env.PATH) may differ from this process's. Inside a missing cwd the
  // program is missing too; the cwd problem says enough.
  if (nonEmptyString(program) && program.includes('/') && cwdProblems.length === 0) {
    checks.push({
      path: ['command', 0],
      absolute: path.resolve(base, program),
      kind: 'file',
      mode: constants.X_OK,
    });
  }
  return [
    ...cwdProblems,
    ...(await runChecks(file, source, checks)),
    ...(await containerChecks(file, dir, source)),
  ];
}

/** runtime: container needs an engine on this device (podman for rootfs), and an existing rootfs. */
async function containerChecks(file: string, dir: string, source: YamlSource): Promise<ConfigProblem[]> {
  const value = source.value;
  if (field(value, 'runtime') !== 'container') return [];
  const rootfs = field(value, 'rootfs');
  const problem = containerProblem(await detectContainerEngineOnce(), {
    rootfs: nonEmptyString(rootfs) ? rootfs : '',
  });
  const engineProblems: ConfigProblem[] =
    problem === null
      ? []
      : [{ file, ...source.locate(['runtime']), path: 'runtime', message: `runtime: container: ${problem}` }];
  const rootfsProblems = nonEmptyString(rootfs)
    ? await runChecks(file, source, [
        { path: ['rootfs'], absolute: path.resolve(dir, rootfs), kind: 'directory', mode: constants.R_OK },
      ])
    : [];
  return [...engineProblems, ...rootfsProblems];
}

/** password_file and TLS files of a daemon.yaml in `dir`. */
export function checkDaemonFiles(file: string, dir: string, source: YamlSource): Promise<ConfigProblem[]> {
  const fleet = field(source.value, 'fleet');
  const checks: Check[] = [];
  const readable = (at: Array<string | number>, value: unknown) => {
    if (nonEmptyString(value)) {
      checks.push({ path: at, absolute: path.resolve(dir, value), kind: 'file', mode: constants.R_OK });
    }
  };
  readable(['fleet', 'password_file'], field(fleet, 'password_file'));
  const tls = field(fleet, 'tls');
  for (const key of ['ca', 'cert', 'key']) readable(['fleet', 'tls', key], field(tls, key));
  return runChecks(file, source, checks);
}
