// A workload's log file with exact size rotation: `<name>.log` never exceeds max_bytes;
// when the next chunk would not fit, files shift (`.log` → `.log.1` → … → `.log.N`, the
// oldest is dropped), so disk use is at most max_bytes × (max_files + 1). Chunks are split
// at the last newline that fits, so lines stay whole unless one line alone exceeds max_bytes.
//
// Writes are synchronous, on purpose: a chunk read from the workload's pipe reaches the
// kernel (page cache) in the same callback that read it, so a daemon killed with SIGKILL
// loses nothing it had already taken out of the pipe. A write to the page cache costs
// microseconds; while the daemon writes it does not read, which is the back-pressure.
import { closeSync, fstatSync, openSync, renameSync, writeSync } from 'node:fs';
import type { Logger } from 'pino';

export interface RotationConfig {
  max_bytes: number;
  max_files: number;
}

export const DEFAULT_ROTATION: RotationConfig = { max_bytes: 1024 * 1024, max_files: 5 };

export class RotatingLog {
  private fd: number | undefined;
  private size = 0;
  private closed = false;
  private failing = false;

  constructor(
    readonly path: string,
    private rotation: RotationConfig,
    private readonly logger: Logger,
  ) {}

  /** Rotation settings apply from the next write (hot reload of spec.logs). */
  setRotation(rotation: RotationConfig): void {
    this.rotation = rotation;
  }

  write(chunk: Buffer | string): void {
    if (this.closed) return;
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    try {
      this.append(buf);
      this.failing = false;
    } catch (err) {
      // A full or read-only disk must not stop supervision: drop the chunk, say so once.
      if (!this.failing) this.logger.error({ err, path: this.path }, 'log write failed; output dropped');
      this.failing = true;
      this.closeFd();
    }
  }

  /** Everything written is in the file already; kept async for callers that may queue later. */
  flush(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.closeFd();
  }

  private append(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length > 0) {
      const fd = this.file();
      const room = this.rotation.max_bytes - this.size;
      if (rest.length <= room) {
        this.writeAll(fd, rest);
        return;
      }
      const cut = room > 0 ? rest.lastIndexOf(0x0a, room - 1) : -1;
      if (cut >= 0) {
        this.writeAll(fd, rest.subarray(0, cut + 1));
        rest = rest.subarray(cut + 1);
      } else if (this.size === 0) {
        // One line longer than the whole file: split it at the size limit.
        this.writeAll(fd, rest.subarray(0, room));
        rest = rest.subarray(room);
      }
      this.rotate();
    }
  }

  private writeAll(fd: number, data: Buffer): void {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    this.size += data.length;
  }

  private file(): number {
    if (this.fd === undefined) {
      this.fd = openSync(this.path, 'a', 0o640);
      this.size = fstatSync(this.fd).size;
    }
    return this.fd;
  }

  private rotate(): void {
    this.closeFd();
    for (let i = this.rotation.max_files - 1; i >= 1; i--)
      renameIfExists(`${this.path}.${i}`, `${this.path}.${i + 1}`);
    renameIfExists(this.path, `${this.path}.1`);
    this.size = 0;
  }

  private closeFd(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

function renameIfExists(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
