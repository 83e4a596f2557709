// Release bundles: the one definition of how a directory becomes a `Release` message, how its
// sha256 is computed, and how a device checks and unpacks it. The controller packs and
// publishes (retained on mc/releases/{version}); devices verify before switching.
//
// Determinism: files are sorted by path, paths are '/'-separated and relative, modes are
// normalised to 0644 or 0755, and the digest covers only `version` and `files` — so the same
// directory always yields the same sha256, whoever packs it and whenever.
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encode, type Message, type MessageInput } from './codec.ts';
import { McError } from './errors.ts';
import { assertVersion } from './topics.ts';

export type ReleaseInput = MessageInput<'release'>;
export type Release = Message<'release'>;
interface ReleaseFile {
  path: string;
  content: Uint8Array;
  mode: number;
}

/** Default bound of a whole release (issue 6): 16 MiB of file content. */
export const DEFAULT_RELEASE_LIMIT_BYTES = 16 * 1024 * 1024;

/** A release path: relative, '/'-separated, no '.', '..' or empty segments, no NUL. */
export function isSafeReleasePath(p: string): boolean {
  if (p.length === 0 || p.length > 1024 || p.startsWith('/') || p.includes('\\') || p.includes('\0'))
    return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** sha256 (hex) of a release: its version and its files in path order. */
export function releaseDigest(version: string, files: readonly ReleaseFile[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return createHash('sha256')
    .update(encode('release', { version, files: sorted }))
    .digest('hex');
}

async function collect(
  root: string,
  rel: string,
  out: ReleaseFile[],
  budget: { left: number },
): Promise<void> {
  const dir = path.join(root, rel);
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .git, editor files: not part of a release
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(root, relPath);
    const info = await lstat(full);
    if (info.isSymbolicLink()) {
      throw new McError('MC_ERR_INVALID_ARGUMENT', `${full}: symbolic links are not allowed in a release`);
    }
    if (info.isDirectory()) {
      await collect(root, relPath, out, budget);
    } else if (info.isFile()) {
      budget.left -= info.size;
      if (budget.left < 0) {
        throw new McError('MC_ERR_LIMIT', `release content exceeds the limit at ${relPath}`);
      }
      // Executable for anyone → 0755, otherwise 0644: owner and umask differences must not change the digest.
      const mode = info.mode & 0o111 ? 0o755 : 0o644;
      out.push({ path: relPath, content: await readFile(full), mode });
    }
  }
}

/** Packs every regular file under `dir` (hidden entries skipped) into a Release message. */
export async function packRelease(
  dir: string,
  version: string,
  opts: { notes?: string; limitBytes?: number; now?: number } = {},
): Promise<ReleaseInput> {
  assertVersion(version);
  const files: ReleaseFile[] = [];
  const limit = opts.limitBytes ?? DEFAULT_RELEASE_LIMIT_BYTES;
  await collect(path.resolve(dir), '', files, { left: limit });
  if (files.length === 0) throw new McError('MC_ERR_INVALID_ARGUMENT', `${dir} holds no files to release`);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const size = files.reduce((sum, f) => sum + f.content.length, 0);
  return {
    version,
    sha256: releaseDigest(version, files),
    files,
    created_ms: opts.now ?? Date.now(),
    notes: opts.notes ?? '',
    size_bytes: size,
  };
}

/** Checks a received release: safe paths, no duplicates, and the sha256 it claims and the one expected. */
export function verifyRelease(release: Release, expectedSha256?: string): void {
  const files = (release.files ?? []) as ReleaseFile[];
  const seen = new Set<string>();
  for (const f of files) {
    if (!isSafeReleasePath(f.path))
      throw new McError('MC_ERR_DECODE', `release ${release.version}: unsafe path ${JSON.stringify(f.path)}`);
    if (seen.has(f.path))
      throw new McError('MC_ERR_DECODE', `release ${release.version}: ${f.path} appears twice`);
    seen.add(f.path);
  }
  const actual = releaseDigest(release.version, files);
  if (actual !== release.sha256) {
    throw new McError(
      'MC_ERR_DECODE',
      `release ${release.version}: content sha256 ${actual} does not match its own ${release.sha256}`,
    );
  }
  if (expectedSha256 !== undefined && actual !== expectedSha256) {
    throw new McError(
      'MC_ERR_CONFLICT',
      `release ${release.version}: sha256 ${actual}, but the desired state says ${expectedSha256}`,
    );
  }
}

/** Writes a verified release's files under `targetDir` (which must not exist yet or be empty). */
export async function unpackRelease(release: Release, targetDir: string): Promise<void> {
  verifyRelease(release);
  const root = path.resolve(targetDir);
  for (const f of (release.files ?? []) as ReleaseFile[]) {
    const full = path.resolve(root, f.path);
    // isSafeReleasePath already refuses '..'; this guards against anything it missed.
    if (!full.startsWith(`${root}${path.sep}`))
      throw new McError('MC_ERR_DECODE', `release path escapes: ${f.path}`);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, f.content, { mode: f.mode === 0o755 ? 0o755 : 0o644 });
  }
}
