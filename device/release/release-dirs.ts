// The releases a device keeps on disk, and the one it runs:
//
//   <data_dir>/releases/<version>/   one unpacked release (workload YAML + programs)
//   <data_dir>/releases/<version>/.mc-release.json   its marker: version + sha256, written
//                                    inside the temp dir before the rename, so a final name
//                                    always holds a complete, verified release
//   <data_dir>/current -> releases/<version>   the active release, replaced by rename(2)
//
// Every change is a rename of something complete: a crash at any point leaves either the old
// or the new state under the final names, plus at worst a `.tmp-*` leftover that `sweep()`
// removes. The loader skips hidden files, so the marker is never taken for a config.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { McError } from '../../proto/errors.ts';
import { type Release, unpackRelease, verifyRelease } from '../../proto/release.ts';
import { assertVersion } from '../../proto/topics.ts';

export const RELEASES_DIR = 'releases';
export const CURRENT_LINK = 'current';
export const MARKER_FILE = '.mc-release.json';
const TMP_PREFIX = '.tmp-';

interface Marker {
  version: string;
  sha256: string;
}

const isErrno = (err: unknown, code: string): boolean => (err as NodeJS.ErrnoException).code === code;

export class ReleaseDirs {
  readonly dataDir: string;
  readonly root: string;

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    this.root = join(dataDir, RELEASES_DIR);
  }

  dirOf(version: string): string {
    return join(this.root, assertVersion(version));
  }

  /** The version `current` points at, or undefined when the device runs its --config-dir. */
  async currentVersion(): Promise<string | undefined> {
    try {
      return basename(await readlink(join(this.dataDir, CURRENT_LINK)));
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return undefined;
      throw err;
    }
  }

  /** sha256 of a complete release on disk, or undefined when that version is not there. */
  async shaOf(version: string): Promise<string | undefined> {
    try {
      const marker = JSON.parse(await readFile(join(this.dirOf(version), MARKER_FILE), 'utf8')) as Marker;
      return marker.version === version ? marker.sha256 : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Verifies `release` against `sha256` and unpacks it under its final name. A version already
   * there with another digest is replaced (the controller re-published it); it is moved aside
   * first because rename(2) cannot replace a non-empty directory.
   */
  async install(release: Release, sha256: string, onUnpacked?: () => void): Promise<string> {
    verifyRelease(release, sha256);
    const final = this.dirOf(release.version);
    await mkdir(this.root, { recursive: true });
    const tmp = join(this.root, `${TMP_PREFIX}${release.version}-${randomBytes(4).toString('hex')}`);
    try {
      await mkdir(tmp);
      await unpackRelease(release, tmp);
      const marker: Marker = { version: release.version, sha256 };
      await writeFile(join(tmp, MARKER_FILE), `${JSON.stringify(marker)}\n`);
      await syncDir(tmp);
      onUnpacked?.();
      const aside = `${tmp}-old`;
      const replaced = await rename(final, aside).then(
        () => true,
        (err: unknown) => {
          if (isErrno(err, 'ENOENT')) return false;
          throw err;
        },
      );
      await rename(tmp, final);
      await syncDir(this.root);
      if (replaced) await rm(aside, { recursive: true, force: true });
      return final;
    } catch (err) {
      await rm(tmp, { recursive: true, force: true });
      throw err;
    }
  }

  /** Points `current` at `version` atomically: a new symlink renamed over the old one. */
  async switchTo(version: string): Promise<void> {
    const tmp = join(this.dataDir, `${TMP_PREFIX}${CURRENT_LINK}-${randomBytes(4).toString('hex')}`);
    // Relative target: the data dir can be moved or mounted elsewhere without breaking it.
    await symlink(join(RELEASES_DIR, assertVersion(version)), tmp);
    try {
      await rename(tmp, join(this.dataDir, CURRENT_LINK));
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    await syncDir(this.dataDir);
  }

  /** Back to running --config-dir: removes `current` (only when a first release fails to load). */
  async unlinkCurrent(): Promise<void> {
    await rm(join(this.dataDir, CURRENT_LINK), { force: true });
    await syncDir(this.dataDir);
  }

  /** Removes one release directory (e.g. one whose config was refused). Never the current one. */
  async remove(version: string): Promise<void> {
    if ((await this.currentVersion()) === version) return;
    await rm(this.dirOf(version), { recursive: true, force: true });
  }

  /** Deletes every release dir not in `keep`, and the leftovers of interrupted installs. */
  async sweep(keep: ReadonlySet<string>): Promise<string[]> {
    const current = await this.currentVersion();
    const removed: string[] = [];
    for (const name of await this.#entries(this.root)) {
      if (keep.has(name) || name === current) continue;
      await rm(join(this.root, name), { recursive: true, force: true });
      if (!name.startsWith(TMP_PREFIX)) removed.push(name);
    }
    for (const name of await this.#entries(this.dataDir)) {
      if (name.startsWith(`${TMP_PREFIX}${CURRENT_LINK}`))
        await rm(join(this.dataDir, name), { force: true });
    }
    return removed.sort();
  }

  async #entries(dir: string): Promise<string[]> {
    try {
      return await readdir(dir);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return [];
      throw err;
    }
  }
}

/** fsync of a directory: makes the renames in it survive a power cut, not only a crash. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (err) {
    // Some filesystems refuse fsync on directories; the rename is still atomic there.
    if (!(err instanceof Error && 'code' in err && (err.code === 'EINVAL' || err.code === 'EISDIR'))) {
      throw new McError('MC_ERR_INTERNAL', `fsync ${dir}: ${(err as Error).message}`);
    }
  } finally {
    await handle.close();
  }
}
