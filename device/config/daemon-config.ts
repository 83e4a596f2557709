// Turns a parsed daemon.yaml into the config the daemon runs with: every path absolute
// (relative ones resolve against the daemon.yaml directory, so a config dir can be moved
// as a whole), the result frozen. (The broker password file is read by fleet-password.ts.)
import path from 'node:path';
import { McError } from '../../proto/errors.ts';
import { type DaemonConfig, DaemonConfigSchema } from './daemon-schema.ts';
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

export { readFleetPassword } from './fleet-password.ts';
