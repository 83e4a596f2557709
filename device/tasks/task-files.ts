// Files of task runs under <dataDir>/tasks: the LMDB store, one capped log per run, one FIFO
// per running run (log-pipe.ts: output outlives a daemon restart), shipped scripts, and the
// default working directory. Plus the two reads of a run log the commands need.
import { mkdirSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { fifoPath } from '../supervisor/log-pipe.ts';

export class TaskFiles {
  readonly root: string;
  readonly logs: string;
  readonly pipes: string;
  readonly scripts: string;
  readonly work: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'tasks');
    this.logs = join(this.root, 'logs');
    this.pipes = join(this.root, 'pipes');
    this.scripts = join(this.root, 'scripts');
    this.work = join(this.root, 'work');
  }

  create(): void {
    mkdirSync(this.logs, { recursive: true });
    mkdirSync(this.pipes, { recursive: true, mode: 0o700 });
    mkdirSync(this.scripts, { recursive: true, mode: 0o700 });
    mkdirSync(this.work, { recursive: true });
  }

  log(runId: string): string {
    return join(this.logs, `${runId}.log`);
  }

  fifo(runId: string): string {
    return fifoPath(this.pipes, runId);
  }

  script(runId: string): string {
    return join(this.scripts, runId);
  }

  writeScript(runId: string, body: string): string {
    const path = this.script(runId);
    writeFileSync(path, body, { mode: 0o700 });
    return path;
  }

  /** Everything a run leaves on disk (removed when its record is trimmed). */
  all(runId: string): string[] {
    const log = this.log(runId);
    return [log, `${log}.1`, this.fifo(runId), this.script(runId)];
  }
}

/** Reads up to `maxBytes` ending at `end` (default: the end of the file); '' when missing. */
async function readEnd(path: string, maxBytes: number, end?: number): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const size = end ?? (await handle.stat()).size;
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, size - length);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Drops UTF-8 continuation bytes at the start of a cut buffer, so it decodes cleanly. */
function fromCharStart(buffer: Buffer): Buffer {
  let i = 0;
  while (i < buffer.length && i < 4 && ((buffer[i] ?? 0) & 0xc0) === 0x80) i++;
  return buffer.subarray(i);
}

/** The last `maxBytes` of a run's output (its log and the rotated `.1` before it). */
export async function outputTail(logPath: string, maxBytes: number): Promise<string> {
  const current = await readEnd(logPath, maxBytes);
  const older =
    current.length < maxBytes ? await readEnd(`${logPath}.1`, maxBytes - current.length) : undefined;
  const all = older && older.length > 0 ? Buffer.concat([older, current]) : current;
  return fromCharStart(all).toString('utf8');
}

/**
 * The last `lines` complete lines of the current log file and the offset right after them,
 * where a follow stream must start so that nothing is lost or sent twice.
 */
export async function logSnapshot(
  logPath: string,
  lines: number,
): Promise<{ lines: string[]; position: number }> {
  if (lines <= 0) return { lines: [], position: 0 };
  let size = 0;
  try {
    const handle = await open(logPath, 'r');
    size = (await handle.stat()).size;
    await handle.close();
  } catch {
    return { lines: [], position: 0 };
  }
  const data = await readEnd(logPath, 1024 * 1024, size);
  const lastNewline = data.lastIndexOf(0x0a);
  if (lastNewline < 0) return { lines: [], position: size - data.length };
  const complete = fromCharStart(data.subarray(0, lastNewline)).toString('utf8').split('\n');
  // When the read was cut, its first line may be partial.
  if (data.length < size) complete.shift();
  return { lines: complete.slice(-lines), position: size - data.length + lastNewline + 1 };
}
