// The on-disk side of device releases: a release only ever appears complete under its final
// name, `current` is replaced by rename, and pruning spares the running release.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReleaseDirs } from '../../device/release/release-dirs.ts';
import { decode, encode } from '../../proto/codec.ts';
import { packRelease, type Release } from '../../proto/release.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'mc-release-dirs-'));
  dirs.push(d);
  return d;
}

async function release(version: string, files: Record<string, string>): Promise<Release> {
  const src = temp();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(src, name, '..'), { recursive: true });
    writeFileSync(join(src, name), text);
  }
  const decoded = decode('release', encode('release', await packRelease(src, version)));
  if (!decoded.ok) throw decoded.error;
  return decoded.value;
}

describe('release directories', () => {
  it('installs a verified release under its final name with its marker', async () => {
    const store = new ReleaseDirs(temp());
    const r = await release('v1', { 'a.yaml': 'name: a\n', 'bin/run.sh': 'echo hi\n' });
    await store.install(r, r.sha256);
    expect(readdirSync(store.dirOf('v1')).sort()).toEqual(['.mc-release.json', 'a.yaml', 'bin']);
    expect(await store.shaOf('v1')).toBe(r.sha256);
    expect(readdirSync(store.root)).toEqual(['v1']);
  });

  it('refuses a release whose sha256 is not the expected one and leaves nothing behind', async () => {
    const store = new ReleaseDirs(temp());
    const r = await release('v1', { 'a.yaml': 'name: a\n' });
    await expect(store.install(r, 'f'.repeat(64))).rejects.toThrow(/sha256/);
    expect(existsSync(store.root) ? readdirSync(store.root) : []).toEqual([]);
  });

  it('switches current by rename and reports the version it points at', async () => {
    const data = temp();
    const store = new ReleaseDirs(data);
    expect(await store.currentVersion()).toBeUndefined();
    for (const v of ['v1', 'v2']) {
      const r = await release(v, { 'a.yaml': `name: a # ${v}\n` });
      await store.install(r, r.sha256);
      await store.switchTo(v);
    }
    expect(readlinkSync(join(data, 'current'))).toBe(join('releases', 'v2'));
    expect(await store.currentVersion()).toBe('v2');
    expect(readdirSync(data).sort()).toEqual(['current', 'releases']);
  });

  it('sweeps releases not kept and leftovers of interrupted installs, never the current one', async () => {
    const data = temp();
    const store = new ReleaseDirs(data);
    for (const v of ['v1', 'v2', 'v3']) {
      const r = await release(v, { 'a.yaml': `name: a # ${v}\n` });
      await store.install(r, r.sha256);
    }
    await store.switchTo('v1');
    mkdirSync(join(store.root, '.tmp-v4-deadbeef'));
    const removed = await store.sweep(new Set(['v3']));
    expect(removed).toEqual(['v2']);
    expect(readdirSync(store.root).sort()).toEqual(['v1', 'v3']);
  });
});
