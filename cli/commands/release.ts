// `mctl release create DIR --version V [--notes]` and `mctl release ls`: packs a directory into
// a deterministic release (proto/release.ts) and uploads it to the controller, which stores it
// and publishes it retained on mc/releases/{version}.
import { Command } from 'commander';
import { packRelease } from '../../proto/release.ts';
import { relative, table } from '../format.ts';
import { callApi } from './device.ts';

export interface ControllerApiOptions {
  controller: string;
  token?: string;
  dataDir?: string;
  json: boolean;
}

interface ReleaseMeta {
  version: string;
  sha256: string;
  size_bytes: number;
  files: number;
  uploaded_ms: number;
  notes: string;
}

/** --controller and --token, as `mctl device` has them. */
export function withControllerOptions(cmd: Command): Command {
  return cmd
    .option(
      '--controller <url>',
      'controller API (env MC_CONTROLLER_URL)',
      process.env.MC_CONTROLLER_URL ?? 'http://127.0.0.1:8080',
    )
    .option('--token <token>', 'operator token (env MC_API_TOKEN, else <data-dir>/api-token)');
}

export const apiOptions = (cmd: Command) => cmd.optsWithGlobals<ControllerApiOptions>();

/** Packs DIR and uploads it; resolves to what the controller stored. */
export async function createRelease(
  opts: ControllerApiOptions,
  dir: string,
  version: string,
  notes?: string,
): Promise<ReleaseMeta> {
  const release = await packRelease(dir, version, notes === undefined ? {} : { notes });
  return callApi<ReleaseMeta>(opts, 'POST', '/api/releases', {
    version,
    sha256: release.sha256,
    created_ms: release.created_ms,
    notes: release.notes ?? '',
    files: (release.files ?? []).map((f) => ({
      path: f.path,
      mode: f.mode,
      content_base64: Buffer.from(f.content ?? []).toString('base64'),
    })),
  });
}

export function releaseCommand(): Command {
  const release = withControllerOptions(
    new Command('release').description('release bundles on the controller (create, ls)'),
  );

  release
    .command('create')
    .description('pack a directory into a release and upload it to the controller')
    .argument('<dir>', 'directory with workload configs and code')
    .requiredOption('--version <version>', 'release version, e.g. 1.4.0')
    .option('--notes <text>', 'release notes')
    .action(async (dir: string, o: { version: string; notes?: string }, cmd: Command) => {
      const opts = apiOptions(cmd);
      const meta = await createRelease(opts, dir, o.version, o.notes);
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(meta)}\n`
          : `release ${meta.version}: ${meta.files} files, ${meta.size_bytes} bytes, sha256 ${meta.sha256}\n`,
      );
    });

  release
    .command('ls')
    .description('list the releases the controller stores')
    .action(async (_o, cmd: Command) => {
      const opts = apiOptions(cmd);
      const list = await callApi<ReleaseMeta[]>(opts, 'GET', '/api/releases');
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(list)}\n`);
        return;
      }
      const rows = list.map((r) => [
        r.version,
        String(r.files),
        String(r.size_bytes),
        r.sha256.slice(0, 12),
        relative(r.uploaded_ms),
        r.notes,
      ]);
      process.stdout.write(`${table(['VERSION', 'FILES', 'BYTES', 'SHA256', 'UPLOADED', 'NOTES'], rows)}\n`);
    });
  return release;
}
