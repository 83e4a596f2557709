// Stored releases: verified once on upload (proto/release.ts), kept as the encoded bundle
// that goes on the bus, listed from a small metadata record. A version is immutable: the
// same bundle uploaded again is accepted as a no-op, different content is a conflict.
import { decode, encode } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import {
  DEFAULT_RELEASE_LIMIT_BYTES,
  type Release,
  type ReleaseInput,
  verifyRelease,
} from '../../proto/release.ts';
import { assertVersion } from '../../proto/topics.ts';
import type { ReleaseDb, ReleaseMeta } from './release-db.ts';

export interface ReleaseStoreOptions {
  db: ReleaseDb;
  /** Largest total file content of one release (default 16 MiB). */
  limitBytes?: number;
  now?: () => number;
}

export class ReleaseStore {
  readonly limitBytes: number;
  readonly #db: ReleaseDb;
  readonly #now: () => number;

  constructor(opts: ReleaseStoreOptions) {
    this.#db = opts.db;
    this.limitBytes = opts.limitBytes ?? DEFAULT_RELEASE_LIMIT_BYTES;
    this.#now = opts.now ?? Date.now;
  }

  /** Verifies and stores a release; `created` is false when the identical bundle was already here. */
  async put(input: ReleaseInput): Promise<{ meta: ReleaseMeta; created: boolean }> {
    const version = assertVersion(String(input.version ?? ''));
    const files = input.files ?? [];
    const size = files.reduce((sum, f) => sum + (f.content?.length ?? 0), 0);
    if (size > this.limitBytes) {
      throw new McError(
        'MC_ERR_LIMIT',
        `release ${version}: ${size} bytes of files exceed the limit of ${this.limitBytes}`,
      );
    }
    if (files.length === 0) throw new McError('MC_ERR_INVALID_ARGUMENT', `release ${version} has no files`);
    // Sorted by path like packRelease does: the encoding of a version is then one byte string.
    const pathOf = (f: { path?: string | null }) => f.path ?? '';
    const sorted = [...files].sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0));
    const bytes = encode('release', { ...input, version, files: sorted, size_bytes: size });
    // Verify what will be published, decoded back, so the check covers the wire form.
    const release = decodeRelease(bytes);
    verifyRelease(release);
    const existing = this.#db.meta.get(version);
    if (existing) {
      if (existing.sha256 === release.sha256) return { meta: existing, created: false };
      throw new McError(
        'MC_ERR_CONFLICT',
        `release ${version} exists with sha256 ${existing.sha256}; a version is immutable, upload a new one`,
      );
    }
    const meta: ReleaseMeta = {
      version,
      sha256: release.sha256,
      size_bytes: size,
      files: files.length,
      created_ms: Number(release.created_ms ?? 0),
      uploaded_ms: this.#now(),
      notes: release.notes ?? '',
    };
    // Bundle first: a listed release always has its bytes.
    await this.#db.bundles.put(version, bytes);
    await this.#db.meta.put(version, meta);
    return { meta, created: true };
  }

  meta(version: string): ReleaseMeta | undefined {
    return this.#db.meta.get(version);
  }

  /** The encoded bundle, as published. */
  bundle(version: string): Uint8Array | undefined {
    return this.#db.bundles.get(version);
  }

  release(version: string): Release | undefined {
    const bytes = this.bundle(version);
    return bytes ? decodeRelease(bytes) : undefined;
  }

  /** Newest upload first. */
  list(): ReleaseMeta[] {
    return [...this.#db.meta.getRange()]
      .map(({ value }) => value)
      .sort((a, b) => b.uploaded_ms - a.uploaded_ms);
  }
}

function decodeRelease(bytes: Uint8Array): Release {
  const decoded = decode('release', bytes);
  if (!decoded.ok) throw decoded.error;
  return decoded.value;
}
