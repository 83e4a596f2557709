import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decode, encode } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import {
  isSafeReleasePath,
  packRelease,
  type Release,
  unpackRelease,
  verifyRelease,
} from '../../proto/release.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-release-'));
  mkdirSync(join(dir, 'src', 'programs'), { recursive: true });
  writeFileSync(join(dir, 'src', 'svc.yaml'), 'name: svc\n');
  writeFileSync(join(dir, 'src', 'programs', 'run.sh'), '#!/bin/sh\necho hi\n');
  chmodSync(join(dir, 'src', 'programs', 'run.sh'), 0o755);
  writeFileSync(join(dir, 'src', '.hidden'), 'not released');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A release as a device receives it: encoded and decoded. */
function received(input: Awaited<ReturnType<typeof packRelease>>): Release {
  const result = decode('release', encode('release', input));
  if (!result.ok) throw result.error;
  return result.value;
}

describe('release bundles', () => {
  it('packs deterministically: same files, same sha256, whatever the time or notes', async () => {
    const a = await packRelease(join(dir, 'src'), '1.0.0', { now: 1, notes: 'a' });
    const b = await packRelease(join(dir, 'src'), '1.0.0', { now: 2, notes: 'b' });
    expect(a.sha256).toBe(b.sha256);
    expect(a.files?.map((f) => [f.path, f.mode])).toEqual([
      ['programs/run.sh', 0o755],
      ['svc.yaml', 0o644],
    ]);
    const sizes = ['svc.yaml', 'programs/run.sh'].map((f) => readFileSync(join(dir, 'src', f)).length);
    expect(a.size_bytes).toBe(sizes[0]! + sizes[1]!);
    const other = await packRelease(join(dir, 'src'), '1.0.1');
    expect(other.sha256).not.toBe(a.sha256);
  });

  it('verifies and unpacks what it packed, modes included', async () => {
    const release = received(await packRelease(join(dir, 'src'), '2.0'));
    verifyRelease(release, release.sha256);
    await unpackRelease(release, join(dir, 'out'));
    expect(readFileSync(join(dir, 'out', 'svc.yaml'), 'utf8')).toBe('name: svc\n');
    expect(statSync(join(dir, 'out', 'programs', 'run.sh')).mode & 0o777).toBe(0o755);
  });

  it('refuses a tampered file, a wrong expected sha256 and unsafe paths', async () => {
    const release = received(await packRelease(join(dir, 'src'), '3.0'));
    expect(() => verifyRelease(release, 'f'.repeat(64))).toThrow(/desired state says/);
    const tampered = received({
      ...release,
      files: release.files?.map((f) => ({ ...f, content: Buffer.from('x') })),
    });
    expect(() => verifyRelease(tampered)).toThrow(/does not match/);
    for (const bad of ['../x', '/etc/passwd', 'a//b', 'a/./b', '', 'a\\b'])
      expect(isSafeReleasePath(bad), bad).toBe(false);
    const escaping = received({
      ...release,
      files: [{ path: '../evil', content: Buffer.from('x'), mode: 0o644 }],
    });
    expect(() => verifyRelease(escaping)).toThrow(McError);
  });

  it('refuses symlinks, empty dirs and content over the limit', async () => {
    await expect(packRelease(join(dir, 'src'), '4.0', { limitBytes: 10 })).rejects.toMatchObject({
      code: 'MC_ERR_LIMIT',
    });
    mkdirSync(join(dir, 'empty'));
    await expect(packRelease(join(dir, 'empty'), '4.0')).rejects.toThrow(/no files/);
    symlinkSync('/etc/hostname', join(dir, 'src', 'link'));
    await expect(packRelease(join(dir, 'src'), '4.0')).rejects.toThrow(/symbolic links/);
    await expect(packRelease(join(dir, 'src'), 'bad/version')).rejects.toMatchObject({
      code: 'MC_ERR_INVALID_NAME',
    });
  });
});
