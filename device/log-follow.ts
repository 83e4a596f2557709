// Follow sessions of `mctl logs -f`: streams the lines appended to a workload log as
// LogChunk messages on mc/{d}/logs/{w}, through the link the follow command came from,
// until stopped, timed out, or the daemon stops. Rotation (the file shrinks) restarts
// reading at the top of the new file. A task run's log (runId set) streams on
// mc/{d}/logs/{runId} with LogChunk.run_id, and ends with eof once the run has ended and
// its last bytes were sent (`until`).
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
  /** Set for a task run: the topic's last level and LogChunk.run_id (workload is then ''). */
  runId?: string;
  /** Byte offset to start at (default: the current end of the file). */
  position?: number;
  /** Resolves when no more output can come (the run ended): the rest is sent, then eof. */
  until?: Promise<unknown>;
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
    const size =
      req.position ??
      (await stat(req.file).then(
        (s) => s.size,
        () => 0,
      ));
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
    void req.until?.then(() => this.#finish(session));
  }

  /** The source is complete: send what is left of the file, then end the session. */
  async #finish(session: Session): Promise<void> {
    // Ends: the file no longer grows once the run has ended, so each pass reads less.
    while (this.#sessions.get(session.streamId) === session) {
      if (session.busy) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      const before = session.position;
      await this.#poll(session, true);
      if (session.position === before) break;
    }
    if (this.#sessions.get(session.streamId) === session) this.#end(session);
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

  async #poll(session: Session, final = false): Promise<void> {
    if (session.busy) return;
    if (!final && this.#opts.now() >= session.deadline) {
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
      workload: session.runId ? '' : session.workload,
      ...(session.runId ? { run_id: session.runId } : {}),
      stream_id: session.streamId,
      seq: session.seq++,
      ts_ms: this.#opts.now(),
      lines,
      eof,
    });
    try {
      await session.origin.publish(topics.logs(session.device, session.runId ?? session.workload), chunk, 0);
    } catch (err) {
      // The follower's link went away; the session ends at its deadline or on stop.
      this.#opts.logger.debug({ err, stream: session.streamId }, 'log chunk not delivered');
    }
  }
}
