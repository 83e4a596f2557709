// Follow sessions of `mctl logs -f`: streams the lines appended to a workload log as
// LogChunk messages on mc/{d}/logs/{w}, through the link the follow command came from,
// until stopped, timed out, or the daemon stops. Rotation (the file shrinks) restarts
// reading at the top of the new file.
import { open, stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import { encode } from '../proto/codec.ts';
import { topics } from '../proto/topics.ts';
import type { CommandOrigin } from './commands/dispatcher.ts';

export interface FollowRequest {
  streamId: string;
  device: string;
  workload: string;
  file: string;
  origin: CommandOrigin;
  /** 0 = the follower's default limit. */
  seconds: number;
}

interface Session extends FollowRequest {
  position: number;
  partial: string;
  seq: number;
  timer: NodeJS.Timeout;
  deadline: number;
  busy: boolean;
}

export interface LogFollowerOptions {
  logger: Logger;
  /** How often the file is checked for new bytes. */
  pollMs?: number;
  /** Longest follow unless the request asks for less; bounds forgotten followers. */
  maxSeconds?: number;
  /** Lines per LogChunk at most, so one chunk stays far below the broker's packet limit. */
  maxLinesPerChunk?: number;
  now?: () => number;
}

export class LogFollower {
  readonly #sessions = new Map<string, Session>();
  readonly #opts: Required<LogFollowerOptions>;

  constructor(opts: LogFollowerOptions) {
    this.#opts = { pollMs: 250, maxSeconds: 600, maxLinesPerChunk: 500, now: Date.now, ...opts };
  }

  /** Starts streaming from the current end of the file (the reply already carried the tail). */
  async follow(req: FollowRequest): Promise<void> {
    this.stop(req.streamId);
    const size = await stat(req.file).then(
      (s) => s.size,
      () => 0,
    );
    const seconds = req.seconds > 0 ? Math.min(req.seconds, this.#opts.maxSeconds) : this.#opts.maxSeconds;
    const session: Session = {
      ...req,
      position: size,
      partial: '',
      seq: 0,
      deadline: this.#opts.now() + seconds * 1000,
      busy: false,
      timer: setInterval(() => void this.#poll(session), this.#opts.pollMs),
    };
    this.#sessions.set(req.streamId, session);
  }

  /** Ends a follow session (sends the eof chunk); false when no such session exists. */
  stop(streamId: string): boolean {
    const session = this.#sessions.get(streamId);
    if (!session) return false;
    this.#end(session);
    return true;
  }

  stopAll(): void {
    for (const session of [...this.#sessions.values()]) this.#end(session);
  }

  get active(): number {
    return this.#sessions.size;
  }

  #end(session: Session): void {
    clearInterval(session.timer);
    this.#sessions.delete(session.streamId);
    void this.#send(session, session.partial ? [session.partial] : [], true);
  }

  async #poll(session: Session): Promise<void> {
    if (session.busy) return;
    if (this.#opts.now() >= session.deadline) {
      this.#end(session);
      return;
    }
    session.busy = true;
    try {
      const size = await stat(session.file).then(
        (s) => s.size,
        () => 0,
      );
      if (size < session.position) session.position = 0; // rotated: the new file starts empty
      if (size === session.position) return;
      const handle = await open(session.file, 'r');
      try {
        const length = Math.min(size - session.position, 1024 * 1024);
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, session.position);
        session.position += bytesRead;
        const text = session.partial + buffer.subarray(0, bytesRead).toString('utf8');
        const lines = text.split('\n');
        session.partial = lines.pop() ?? '';
        for (let i = 0; i < lines.length; i += this.#opts.maxLinesPerChunk) {
          await this.#send(session, lines.slice(i, i + this.#opts.maxLinesPerChunk), false);
        }
      } finally {
        await handle.close();
      }
    } catch (err) {
      this.#opts.logger.warn({ err, workload: session.workload }, 'log follow read failed');
    } finally {
      session.busy = false;
    }
  }

  async #send(session: Session, lines: string[], eof: boolean): Promise<void> {
    const chunk = encode('logs', {
      workload: session.workload,
      stream_id: session.streamId,
      seq: session.seq++,
      ts_ms: this.#opts.now(),
      lines,
      eof,
    });
    try {
      await session.origin.publish(topics.logs(session.device, session.workload), chunk, 0);
    } catch (err) {
      // The follower's link went away; the session ends at its deadline or on stop.
      this.#opts.logger.debug({ err, stream: session.streamId }, 'log chunk not delivered');
    }
  }
}
