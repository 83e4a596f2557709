import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tailLog } from '../../device/supervisor/log-tail.ts';
import { RotatingLog } from '../../device/supervisor/rotating-log.ts';
import { testLogger } from '../helpers/supervisor-harness.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-log-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sizes = () =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, statSync(join(dir, f)).size]),
  );

describe('rotating log', () => {
  it('never lets a file exceed max_bytes and keeps max_files rotated files', async () => {
    const log = new RotatingLog(join(dir, 'w.log'), { max_bytes: 1024, max_files: 2 }, testLogger);
    for (let i = 0; i < 200; i++) log.write(`line ${String(i).padStart(4, '0')} ${'x'.repeat(30)}\n`);
    await log.close();
    const files = sizes();
    expect(Object.keys(files)).toEqual(['w.log', 'w.log.1', 'w.log.2']);
    for (const size of Object.values(files)) expect(size).toBeLessThanOrEqual(1024);
    // Lines are never torn: every file holds whole lines.
    for (const f of Object.keys(files)) expect(readFileSync(join(dir, f), 'utf8').endsWith('\n')).toBe(true);
    expect(readFileSync(join(dir, 'w.log'), 'utf8').trimEnd().split('\n').at(-1)).toMatch(/^line 0199/);
  });

  it('splits a single line longer than max_bytes', async () => {
    const log = new RotatingLog(join(dir, 'w.log'), { max_bytes: 1024, max_files: 5 }, testLogger);
    log.write(`${'y'.repeat(2500)}\n`);
    await log.close();
    expect(sizes()).toEqual({ 'w.log': 453, 'w.log.1': 1024, 'w.log.2': 1024 });
  });

  it('appends to an existing file and rotates it when it is already over the limit', async () => {
    writeFileSync(join(dir, 'w.log'), 'z'.repeat(2000));
    const log = new RotatingLog(join(dir, 'w.log'), { max_bytes: 1024, max_files: 1 }, testLogger);
    log.write('fresh\n');
    await log.close();
    expect(sizes()).toEqual({ 'w.log': 6, 'w.log.1': 2000 });
  });

  it('tails the last lines across rotated files, oldest first', async () => {
    const log = new RotatingLog(join(dir, 'w.log'), { max_bytes: 1024, max_files: 3 }, testLogger);
    for (let i = 1; i <= 100; i++) log.write(`n${i}\n`);
    await log.close();
    expect(await tailLog(join(dir, 'w.log'), 3, 3)).toEqual(['n98', 'n99', 'n100']);
    const many = await tailLog(join(dir, 'w.log'), 1000, 3);
    expect(many).toEqual(Array.from({ length: 100 }, (_, i) => `n${i + 1}`));
    expect(await tailLog(join(dir, 'missing.log'), 10, 3)).toEqual([]);
  });
});
