// The LMDB environment at <data_dir>/releases: release bundles, deployments and the desired
// state the controller gave each device. It lives apart from the fleet store because the
// fleet store may be deleted and rebuilt from retained topics, while none of this can be:
// a bundle is only on the bus because the controller published it, and a deployment's
// progress is the controller's own decision history.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, open, type RootDatabase } from 'lmdb';
import type { Deployment, DeviceDesired } from '../deploy/types.ts';

/** What listing needs, kept apart from the bundle so `GET /api/releases` reads no file content. */
export interface ReleaseMeta {
  version: string;
  sha256: string;
  size_bytes: number;
  files: number;
  created_ms: number;
  uploaded_ms: number;
  notes: string;
}

export class ReleaseDb {
  readonly path: string;
  readonly meta: Database<ReleaseMeta, string>;
  /** version → the encoded `Release` exactly as published on mc/releases/{version}. */
  readonly bundles: Database<Uint8Array, string>;
  readonly deployments: Database<Deployment, string>;
  /** device → the last DesiredState the controller published for it. */
  readonly desired: Database<DeviceDesired, string>;
  readonly #env: RootDatabase;

  private constructor(path: string, env: RootDatabase) {
    this.path = path;
    this.#env = env;
    this.meta = env.openDB({ name: 'release_meta', encoding: 'msgpack' });
    this.bundles = env.openDB({ name: 'release_bundles', encoding: 'binary' });
    this.deployments = env.openDB({ name: 'deployments', encoding: 'msgpack' });
    this.desired = env.openDB({ name: 'desired', encoding: 'msgpack' });
  }

  static open(dataDir: string): ReleaseDb {
    const path = join(dataDir, 'releases');
    mkdirSync(path, { recursive: true });
    return new ReleaseDb(path, open({ path, maxDbs: 8 }));
  }

  close(): Promise<void> {
    return this.#env.close();
  }
}
