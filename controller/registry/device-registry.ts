// The controller's registry of devices allowed on the fleet broker (DESIGN.md §6): each has
// its own generated password, stored only as a scrypt hash in LMDB. The fleet authorizer
// (controller/auth/fleet-authorizer.ts) asks verify() at every device CONNECT; a device
// that is not here is refused. See docs/security.md.
import { EventEmitter } from 'node:events';
import type { Database, RootDatabase } from 'lmdb';
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import { assertName, NAME_PATTERN } from '../../proto/topics.ts';
import { assertRegistrableName } from './device-names.ts';
import { renderFleetYaml } from './fleet-yaml.ts';
import { createHashLimiter, type HashLimiter } from './hash-limiter.ts';
import {
  dummyVerify,
  generatePassword,
  hashKind,
  hashPassword,
  hashPasswordFast,
  type PasswordHashKind,
  sha256,
  toBuffer,
  verifyPassword,
  verifyPasswordFast,
} from './password-hash.ts';
import { VerifyCache } from './verify-cache.ts';

export interface DeviceInfo {
  name: string;
  created_ms: number;
  tags: string[];
  credentials_rotated_ms: number;
}

export interface NewDeviceCredentials {
  name: string;
  username: string;
  /** Plaintext, shown once: 32 random bytes as base64url. Only its hash is stored. */
  password: string;
  /** `device_name` and the daemon.yaml `fleet:` block to paste on the device. */
  fleet_yaml: string;
}

export interface DeviceRegistryDeps {
  root: RootDatabase;
  logger: Logger;
  now?: () => number;
  /**
   * How long a successful verification is remembered (0 = never). Default 5 min: longer
   * than the device daemon's longest reconnect backoff (60 s), so a device whose CONNECT
   * timed out while the fleet reconnected finds its result still cached.
   */
  verifyCacheTtlMs?: number;
  /** scrypt computations at once (default 2); see hash-limiter.ts. */
  hashConcurrency?: number;
  /**
   * How new and rotated passwords are stored (default scrypt). With 'sha256' a salted SHA-256
   * is stored instead (checked in microseconds, so a cold connect of the fleet is not bound
   * by scrypt), and a scrypt hash that verifies is replaced by one (docs/security.md).
   */
  passwordHash?: PasswordHashKind;
}

export const DEFAULT_VERIFY_CACHE_TTL_MS = 5 * 60_000;
export const DEFAULT_HASH_CONCURRENCY = 2;

interface DeviceRecord extends DeviceInfo {
  password_hash: string;
}

export interface DeviceRegistryEvents {
  /** A device was removed: the broker should close its session (the controller wires it). */
  removed: [name: string];
  /** A device got a new password; connections made with the old one are still open. */
  rotated: [name: string];
}

const DB_NAME = 'registry_devices';

export class DeviceRegistry extends EventEmitter<DeviceRegistryEvents> {
  readonly #db: Database<DeviceRecord, string>;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #cache: VerifyCache;
  readonly #limit: HashLimiter;
  readonly #kind: PasswordHashKind;

  constructor(deps: DeviceRegistryDeps) {
    super();
    // Opening a named database is a synchronous metadata lookup, not I/O worth an async start().
    this.#db = deps.root.openDB<DeviceRecord, string>({ name: DB_NAME });
    this.#logger = deps.logger.child({ component: 'registry' });
    this.#now = deps.now ?? Date.now;
    this.#cache = new VerifyCache({
      ttlMs: deps.verifyCacheTtlMs ?? DEFAULT_VERIFY_CACHE_TTL_MS,
      now: this.#now,
    });
    this.#limit = createHashLimiter(deps.hashConcurrency ?? DEFAULT_HASH_CONCURRENCY);
    this.#kind = deps.passwordHash ?? 'sha256';
  }

  #hash(password: string): Promise<string> {
    if (this.#kind === 'sha256') return Promise.resolve(hashPasswordFast(password));
    return this.#limit(() => hashPassword(password));
  }

  /** Registers a device with new credentials; MC_ERR_INVALID_NAME, MC_ERR_CONFLICT if it exists. */
  async add(name: string, opts: { brokerUrls: string[]; tags?: string[] }): Promise<NewDeviceCredentials> {
    assertRegistrableName(name);
    const tags = normalizeTags(opts.tags ?? []);
    // Checked again inside the write transaction; this one only spares a scrypt.
    if (this.#db.get(name) !== undefined) throw conflict(name);
    const credentials = newCredentials(name, opts.brokerUrls, tags);
    const password_hash = await this.#hash(credentials.password);
    const now = this.#now();
    const record: DeviceRecord = { name, created_ms: now, tags, credentials_rotated_ms: now, password_hash };
    const created = await this.#db.transaction(() => {
      if (this.#db.get(name) !== undefined) return false;
      this.#db.put(name, record);
      return true;
    });
    if (!created) throw conflict(name);
    this.#logger.info({ device: name, tags }, 'device registered');
    return credentials;
  }

  /** Replaces a device's password; the old one stops working at once. MC_ERR_NOT_FOUND. */
  async rotate(name: string, opts: { brokerUrls: string[] }): Promise<NewDeviceCredentials> {
    const existing = this.#record(name);
    if (!existing) throw notFound(name);
    const credentials = newCredentials(name, opts.brokerUrls, existing.tags);
    const password_hash = await this.#hash(credentials.password);
    const now = this.#now();
    const updated = await this.#db.transaction(() => {
      const current = this.#db.get(name);
      if (current === undefined) return false;
      this.#db.put(name, { ...current, password_hash, credentials_rotated_ms: now });
      return true;
    });
    if (!updated) throw notFound(name);
    this.#cache.forget(name);
    this.#logger.info({ device: name }, 'device credentials rotated');
    this.emit('rotated', name);
    return credentials;
  }

  /** false when there was no such device. Emits 'removed' after the removal is stored. */
  async remove(name: string): Promise<boolean> {
    if (!this.#record(name)) return false;
    const removed = await this.#db.transaction(() => {
      if (this.#db.get(name) === undefined) return false;
      this.#db.remove(name);
      return true;
    });
    this.#cache.forget(name);
    if (!removed) return false;
    this.#logger.info({ device: name }, 'device removed');
    this.emit('removed', name);
    return true;
  }

  /** Every registered device, ordered by name. */
  list(): DeviceInfo[] {
    return [...this.#db.getRange()].map(({ value }) => toInfo(value));
  }

  get(name: string): DeviceInfo | undefined {
    const record = this.#record(name);
    return record ? toInfo(record) : undefined;
  }

  /**
   * true when `password` is this device's current password. Never throws: both arguments
   * come from the network. An unknown name costs a scrypt too, so timing does not tell
   * which devices exist.
   */
  async verify(name: string, password: string | Buffer): Promise<boolean> {
    const secret = toBuffer(password);
    const record = this.#record(name);
    if (!record) {
      return this.#kind === 'sha256' ? dummyVerify(secret, 'sha256') : this.#limit(() => dummyVerify(secret));
    }
    const storedHash = record.password_hash;
    if (hashKind(storedHash) === 'sha256') {
      try {
        return verifyPasswordFast(secret, storedHash);
      } catch (err) {
        this.#logger.error({ err, device: name }, 'stored password hash unusable; refusing the device');
        return false;
      }
    }
    const digest = sha256(secret);
    if (this.#cache.hit(name, digest, storedHash)) return true;
    return this.#cache.verify(name, digest, storedHash, async () => {
      let ok: boolean;
      try {
        ok = await this.#limit(() => verifyPassword(secret, storedHash));
      } catch (err) {
        this.#logger.error({ err, device: name }, 'stored password hash unusable; refusing the device');
        return false;
      }
      // Rotated or removed while scrypt ran: the password matched a hash that is gone.
      const current = ok && this.#db.get(name)?.password_hash === storedHash;
      if (current && this.#kind === 'sha256') await this.#upgrade(name, secret, storedHash);
      return current;
    });
  }

  /** Replaces a scrypt hash that just verified by the fast format (same password). */
  async #upgrade(name: string, secret: Buffer, storedHash: string): Promise<void> {
    const password_hash = hashPasswordFast(secret);
    try {
      await this.#db.transaction(() => {
        const current = this.#db.get(name);
        if (current?.password_hash === storedHash) this.#db.put(name, { ...current, password_hash });
      });
      this.#cache.forget(name);
    } catch (err) {
      this.#logger.warn({ err, device: name }, 'could not store the fast password hash; keeping scrypt');
    }
  }

  #record(name: string): DeviceRecord | undefined {
    // LMDB refuses empty and very long keys; such a name cannot be registered anyway.
    return NAME_PATTERN.test(name) ? this.#db.get(name) : undefined;
  }
}

function newCredentials(name: string, brokerUrls: string[], tags: string[]): NewDeviceCredentials {
  const password = generatePassword();
  // Rendered before anything is stored, so bad broker URLs leave the registry unchanged.
  const fleet_yaml = renderFleetYaml({ name, brokerUrls, username: name, password, tags });
  return { name, username: name, password, fleet_yaml };
}

function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => assertName(tag, 'tag')))];
}

function toInfo(record: DeviceRecord): DeviceInfo {
  return {
    name: record.name,
    created_ms: record.created_ms,
    tags: [...record.tags],
    credentials_rotated_ms: record.credentials_rotated_ms,
  };
}

const conflict = (name: string) => new McError('MC_ERR_CONFLICT', `device ${name} is already registered`);
const notFound = (name: string) => new McError('MC_ERR_NOT_FOUND', `device ${name} is not registered`);
