// Device passwords at rest: generation, hashing and verification. Two formats, both after
// the PHC string format, so a stored string says how to check it:
//   `$scrypt$ln=14,r=8,p=1$<salt>$<key>`: scrypt (~58 ms and 16 MiB per check on 2 vCPU);
//   `$sha256$<salt>$<key>`: key = SHA-256(salt ‖ password) (~2 µs per check).
// Device passwords are generated, 256 random bits: a stolen SHA-256 of one is as hard to
// reverse as the password is to guess, so the slow hash buys nothing against a stolen store
// and costs one 58 ms scrypt per device at every cold connect (10,000 devices: ~3 minutes of
// both cores). scrypt stays the default and is still verified; see docs/security.md.

import { createHash, randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { McError } from '../../proto/errors.ts';

export interface ScryptParams {
  /** log2 of scrypt's cost N. */
  ln: number;
  r: number;
  p: number;
}

/** N = 2^14, r = 8, p = 1: the OWASP minimum for scrypt; ~58 ms and 16 MiB per hash here. */
export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ ln: 14, r: 8, p: 1 });

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const PASSWORD_BYTES = 32;
// Bounds on parameters read back from the store: a corrupt or tampered record must not make
// one login allocate gigabytes or run for minutes.
const LIMITS = { ln: [10, 20], r: [1, 32], p: [1, 16] } as const;

/** 32 random bytes as base64url (43 characters): 256 bits, no YAML or shell quoting needed. */
export function generatePassword(): string {
  return randomBytes(PASSWORD_BYTES).toString('base64url');
}

function derive(password: Buffer, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.ln;
  const options: ScryptOptions = {
    N,
    r: params.r,
    p: params.p,
    // Node's default maxmem (32 MiB) is below what larger accepted parameters need.
    maxmem: 256 * N * params.r + 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export type PasswordHashKind = 'scrypt' | 'sha256';

const SHA256_PREFIX = '$sha256$';

/** `$sha256$<salt>$<key>` with key = SHA-256(salt ‖ password): only for generated passwords. */
export function hashPasswordFast(password: string | Buffer): string {
  const salt = randomBytes(SALT_BYTES);
  return `${SHA256_PREFIX}${salt.toString('base64url')}$${saltedSha256(salt, toBuffer(password)).toString('base64url')}`;
}

export function hashKind(stored: string): PasswordHashKind | null {
  if (stored.startsWith(SHA256_PREFIX)) return 'sha256';
  return stored.startsWith('$scrypt$') ? 'scrypt' : null;
}

function saltedSha256(salt: Buffer, password: Buffer): Buffer {
  return createHash('sha256').update(salt).update(password).digest();
}

function parseFast(stored: string): { salt: Buffer; key: Buffer } | null {
  const match = /^\$sha256\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/.exec(stored);
  if (!match) return null;
  const salt = Buffer.from(match[1] ?? '', 'base64url');
  const key = Buffer.from(match[2] ?? '', 'base64url');
  return salt.length >= SALT_BYTES && key.length === KEY_BYTES ? { salt, key } : null;
}

/** Synchronous check of a `$sha256$` hash; throws on a malformed one, like verifyPassword. */
export function verifyPasswordFast(password: string | Buffer, stored: string): boolean {
  const parsed = parseFast(stored);
  if (!parsed) throw new McError('MC_ERR_INTERNAL', 'stored password hash is malformed');
  return timingSafeEqual(saltedSha256(parsed.salt, toBuffer(password)), parsed.key);
}

export async function hashPassword(
  password: string | Buffer,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(toBuffer(password), salt, params);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

function inRange(value: number, [min, max]: readonly [number, number]): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** null when the string is not a hash this module wrote (or its parameters are out of bounds). */
export function parseHash(stored: string): ParsedHash | null {
  const match = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/.exec(stored);
  if (!match) return null;
  const [, ln, r, p, salt, key] = match;
  const params = { ln: Number(ln), r: Number(r), p: Number(p) };
  if (!inRange(params.ln, LIMITS.ln) || !inRange(params.r, LIMITS.r) || !inRange(params.p, LIMITS.p)) {
    return null;
  }
  const parsed = {
    params,
    salt: Buffer.from(salt ?? '', 'base64url'),
    key: Buffer.from(key ?? '', 'base64url'),
  };
  return parsed.salt.length >= SALT_BYTES && parsed.key.length === KEY_BYTES ? parsed : null;
}

/**
 * true when `password` hashes to `stored`. Throws only on a malformed `stored` (the caller's
 * data, not the client's); the comparison itself is constant-time.
 */
export async function verifyPassword(password: string | Buffer, stored: string): Promise<boolean> {
  if (stored.startsWith(SHA256_PREFIX)) return verifyPasswordFast(password, stored);
  const parsed = parseHash(stored);
  if (!parsed) throw new McError('MC_ERR_INTERNAL', 'stored password hash is malformed');
  const key = await derive(toBuffer(password), parsed.salt, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

const DUMMY_SALT = randomBytes(SALT_BYTES);

/** Spends the time of a real verification, so an unknown name answers as slowly as a known one. */
export async function dummyVerify(
  password: string | Buffer,
  kind: PasswordHashKind = 'scrypt',
): Promise<false> {
  if (kind === 'sha256') saltedSha256(DUMMY_SALT, toBuffer(password));
  else await derive(toBuffer(password), DUMMY_SALT, DEFAULT_SCRYPT_PARAMS);
  return false;
}

export function sha256(value: string | Buffer): Buffer {
  return createHash('sha256').update(value).digest();
}

export function toBuffer(value: string | Buffer): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}
