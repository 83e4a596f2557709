// Reads the last lines of a rotated log (`<name>.log`, then `.log.1`, `.log.2`, …) from the
// end, block by block, so a tail costs the same whatever the configured file size.
import { open } from 'node:fs/promises';

const BLOCK = 64 * 1024;

/** Last `wanted` lines of one file, and whether the file was read to its start. */
async function tailFile(path: string, wanted: number): Promise<string[]> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  try {
    const { size } = await handle.stat();
    const blocks: Buffer[] = [];
    let position = size;
    let newlines = 0;
    // One newline more than wanted guarantees the first kept line is complete.
    while (position > 0 && newlines <= wanted) {
      const length = Math.min(BLOCK, position);
      position -= length;
      const block = Buffer.alloc(length);
      await handle.read(block, 0, length, position);
      blocks.unshift(block);
      for (const byte of block) if (byte === 0x0a) newlines++;
    }
    const lines = Buffer.concat(blocks).toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (position > 0) lines.shift();
    return lines.slice(-wanted);
  } finally {
    await handle.close();
  }
}

/** The last `lines` lines across the current file and up to `maxFiles` rotated ones, oldest first. */
export async function tailLog(path: string, lines: number, maxFiles: number): Promise<string[]> {
  if (lines <= 0) return [];
  let out: string[] = [];
  for (let i = 0; i <= maxFiles && out.length < lines; i++) {
    const file = i === 0 ? path : `${path}.${i}`;
    out = [...(await tailFile(file, lines - out.length)), ...out];
  }
  return out;
}
