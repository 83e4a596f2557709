// Which config the daemon runs: daemon.yaml always from --config-dir (device identity,
// broker credentials, data_dir), the workloads from the active release `<data_dir>/current`
// when the device has received one, else from --config-dir too (first install, no fleet).
// One function, used by start-up, hot reload and the release manager's validation, so the
// three can never disagree about what a release will run.
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import type { DaemonConfig } from '../config/daemon-schema.ts';
import { listConfigFiles, loadConfigDir, loadDaemonFile, loadValidConfigDir } from '../config/loader.ts';
import { formatProblem } from '../config/problems.ts';
import type { LoadedWorkload } from '../config/workload-schema.ts';
import { CURRENT_LINK } from './release-dirs.ts';

export interface ActiveConfig {
  daemon: DaemonConfig;
  workloads: LoadedWorkload[];
  /** The release directory the workloads come from; undefined when they come from --config-dir. */
  releaseDir: string | undefined;
}

/**
 * The real path of `<data_dir>/current`. Resolved, not followed: a workload's `dir` is then
 * `releases/<version>`, so its spec changes with the version and a switch restarts it even
 * when its YAML is identical (its programs may not be).
 */
export async function activeReleaseDir(dataDir: string): Promise<string | undefined> {
  try {
    return await realpath(join(dataDir, CURRENT_LINK));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Loads the active config, all or nothing (McError MC_ERR_CONFIG). `dataDirOf` applies the
 * command-line overrides, which decide where `current` is.
 */
export async function loadActiveConfig(
  configDir: string,
  dataDirOf: (daemon: DaemonConfig) => string,
): Promise<ActiveConfig> {
  // daemon.yaml alone first, to find data_dir; its problems are reported by the full load below.
  const { daemonFile } = await listConfigFiles(configDir);
  const { daemon } = await loadDaemonFile(daemonFile, configDir);
  const releaseDir = await activeReleaseDir(dataDirOf(daemon));
  const loaded = await loadValidConfigDir(
    configDir,
    releaseDir === undefined ? {} : { workloadsDir: releaseDir },
  );
  return { ...loaded, releaseDir };
}

/** Problems of --config-dir's daemon.yaml together with the workloads of `releaseDir`, one line each. */
export async function releaseConfigProblems(configDir: string, releaseDir: string): Promise<string[]> {
  const { problems } = await loadConfigDir(configDir, { workloadsDir: releaseDir });
  return problems.map(formatProblem);
}
