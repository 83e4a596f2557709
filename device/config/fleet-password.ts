// Reads the fleet broker password at connect time. Apart from the config loader (and from
// zod and the YAML parser, which it loads) so the fleet link of a running daemon can read
// it without keeping them in memory: the config is validated in a worker thread
// (isolated-load.ts).
import { readFile } from 'node:fs/promises';
import { McError } from '../../proto/errors.ts';
import type { FleetConfig } from './daemon-schema.ts';

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
