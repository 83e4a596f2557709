// A workload's log file with exact size rotation: `<name>.log` never exceeds max_bytes;
// when the next chunk would not fit, files shift (`.log` → `.log.1` → … → `.log.N`, the
// oldest is dropped), so disk use is at most max_bytes × (max_files + 1). Chunks are split
// at the last newline that fits, so lines stay whole unless one line alone exceeds
// max_bytes. Writes are queued and done by one async loop, in order; queuedBytes lets the
// reader pause its pipe (back-pressure to the workload) instead of buffering without bound.
import { type FileHandle, open, rename } from 'node:fs/promises';
import type { Logger } from 'pino';

export interface RotationConfig {
  max_bytes: number;
  max_files: number;
}

export const DEFAULT_ROTATION: RotationConfig = { max_bytes: 1024 * 1024, max_files: 5 };

export class RotatingLog {
  private queue: Buffer[] = [];
  private queued = 0;
  private handle: FileHandle | undefined;
  private size = 0;
  private draining: Promise<void> | undefined;
  private readonly drainWaiters: (() => void)[] = [];
  private closed = false;

  constructor(
    readonly path: string,
    private rotation: RotationConfig,
    private readonly logger: Logger,
  ) {}

  /** Rotation settings apply from the next write (hot reload of spec.logs). */
  setRotation(rotation: RotationConfig): void {
    this.rotation = rotation;
  }

  get queuedBytes(): number {
    return this.queued;
  }

  write(chunk: Buffer | string): void {
    if (this.closed) return;
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (buf.length === 0) return;
    this.queue.push(buf);
    this.queued += buf.length;
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
      for (const waiter of this.drainWaiters.splice(0)) waiter();
    });
  }

  /** Resolves when everything written so far is in the file. */
  flush(): Promise<void> {
    if (!this.draining) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Calls `fn` once the queue is empty (used to resume a paused reader). */
  onceDrained(fn: () => void): void {
    if (!this.draining) fn();
    else this.drainWaiters.push(fn);
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const chunk = this.queue.shift() as Buffer;
      this.queued -= chunk.length;
      try {
        await this.append(chunk);
      } catch (err) {
        // A full or read-only disk must not stop supervision: drop this chunk and say so.
        this.logger.error({ err, path: this.path }, 'log write failed; output dropped');
        await this.handle?.close().catch(() => undefined);
        this.handle = undefined;
      }
    }
  }

  private async append(chunk: Buffer): Promise<void> {
    let rest = chunk;
    while (rest.length > 0) {
      const handle = await this.file();
      const room = this.rotation.max_bytes - this.size;
      if (rest.length <= room) {
        await this.writeAll(handle, rest);
        return;
      }
      const cut = room > 0 ? rest.lastIndexOf(0x0a, room - 1) : -1;
      if (cut >= 0) {
        await this.writeAll(handle, rest.subarray(0, cut + 1));
        rest = rest.subarray(cut + 1);
      } else if (this.size === 0) {
        // One line longer than the whole file: split it at the size limit.
        await this.writeAll(handle, rest.subarray(0, room));
        rest = rest.subarray(room);
      }
      await this.rotate();
    }
  }

  private async writeAll(handle: FileHandle, data: Buffer): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await handle.write(data, offset, data.length - offset);
      offset += bytesWritten;
    }
    this.size += data.length;
  }

  private async file(): Promise<FileHandle> {
    if (!this.handle) {
      this.handle = await open(this.path, 'a', 0o640);
      this.size = (await this.handle.stat()).size;
    }
    return this.handle;
  }

  private async rotate(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
    for (let i = this.rotation.max_files - 1; i >= 1; i--) {
      await renameIfExists(`${this.path}.${i}`, `${this.path}.${i + 1}`);
    }
    await renameIfExists(this.path, `${this.path}.1`);
    this.size = 0;
  }
}

async function renameIfExists(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
