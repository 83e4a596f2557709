// Turns a parsed daemon.yaml into the config the daemon runs with: every path absolute
// (relative ones resolve against the daemon.yaml directory, so a config dir can be moved
// as a whole), the result frozen. Also the one place that reads the broker password file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { McError } from '../../proto/errors.ts';
import { type DaemonConfig, DaemonConfigSchema, type FleetConfig } from './daemon-schema.ts';
import { deepFreeze } from './freeze.ts';

/** Resolves every path field of `config` against `baseDir` (the daemon.yaml directory). */
export function resolveDaemonPaths(config: DaemonConfig, baseDir: string): DaemonConfig {
  const at = (p: string) => path.resolve(baseDir, p);
  const fleet = config.fleet;
  return {
    ...config,
    data_dir: at(config.data_dir),
    log_dir: at(config.log_dir),
    socket_path: at(config.socket_path),
    ...(fleet === undefined
      ? {}
      : {
          fleet: {
            ...fleet,
            ...(fleet.password_file === undefined ? {} : { password_file: at(fleet.password_file) }),
            ...(fleet.tls === undefined
              ? {}
              : {
                  tls: {
                    ...fleet.tls,
                    ...(fleet.tls.ca === undefined ? {} : { ca: at(fleet.tls.ca) }),
                    ...(fleet.tls.cert === undefined ? {} : { cert: at(fleet.tls.cert) }),
                    ...(fleet.tls.key === undefined ? {} : { key: at(fleet.tls.key) }),
                  },
                }),
          },
        }),
  };
}

/**
 * Parses a daemon config given as an object (tests, generated demo configs) the way the
 * loader does a file: defaults applied, paths resolved against `baseDir`, frozen. Throws
 * McError(MC_ERR_CONFIG) naming every bad field; use the loader for file and line numbers.
 */
export function parseDaemonConfig(input: unknown, baseDir: string): DaemonConfig {
  const result = DaemonConfigSchema.safeParse(input ?? {});
  if (!result.success) {
    const fields = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new McError('MC_ERR_CONFIG', `invalid daemon config: ${fields.join('; ')}`, {
      details: result.error.issues,
    });
  }
  return deepFreeze(resolveDaemonPaths(result.data, baseDir));
}

/** The broker password: `password`, or the first line of `password_file`, or none. */
export async function readFleetPassword(fleet: FleetConfig): Promise<string | undefined> {
  if (fleet.password !== undefined) return fleet.password;
  if (fleet.password_file === undefined) return undefined;
  try {
    const text = await readFile(fleet.password_file, 'utf8');
    return text.split(/\r?\n/, 1)[0] ?? '';
  } catch (err) {
    throw new McError(
      'MC_ERR_CONFIG',
      `cannot read fleet.password_file ${fleet.password_file}: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
}
