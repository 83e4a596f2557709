// Where the broker keeps retained messages, persistent sessions and their queued QoS 1/2
// messages: LevelDB under <dataDir>/broker, or Aedes' in-memory store when no dataDir is set.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import aedesPersistenceLevel from 'aedes-persistence-level';
import { ClassicLevel } from 'classic-level';
import type { Logger } from 'pino';
import { McError } from '../proto/errors.ts';

export interface BrokerPersistence {
  /** Passed to Aedes as its `persistence` option; undefined lets Aedes use its memory store. */
  readonly aedesPersistence: object | undefined;
  close(): Promise<void>;
}

function errorCode(err: unknown): unknown {
  return err instanceof Error ? Reflect.get(err, 'code') : undefined;
}

type StreamFactory = (arg: unknown) => Readable;
interface RetainedStreams {
  createRetainedStreamCombi: StreamFactory;
  createRetainedStream: StreamFactory;
}

/**
 * Aedes pipes a subscriber's retained-message stream without an error handler, so a stream
 * still reading when the broker closes the store (LEVEL_ITERATOR_NOT_OPEN) became an
 * uncaught exception that could take the process down during shutdown. Every such stream
 * gets a handler: errors after close are expected and dropped, others are logged.
 */
function guardRetainedStreams(persistence: RetainedStreams, isClosed: () => boolean, logger: Logger): void {
  for (const name of ['createRetainedStreamCombi', 'createRetainedStream'] as const) {
    const original = persistence[name].bind(persistence);
    persistence[name] = (arg: unknown) => {
      const stream = original(arg);
      stream.on('error', (err: unknown) => {
        if (!isClosed()) logger.warn({ err }, 'retained message stream failed');
        stream.destroy();
      });
      return stream;
    };
  }
}

export async function openPersistence(
  dataDir: string | undefined,
  logger: Logger,
): Promise<BrokerPersistence> {
  if (dataDir === undefined) {
    logger.info(
      'broker persistence: in memory (no dataDir); retained messages and sessions end with the process',
    );
    return { aedesPersistence: undefined, close: async () => {} };
  }
  const location = join(dataDir, 'broker');
  await mkdir(location, { recursive: true });
  const db = new ClassicLevel(location);
  try {
    // Open now rather than on first use, so a locked or corrupt store fails start().
    await db.open();
  } catch (err) {
    const locked = errorCode(err instanceof Error ? err.cause : undefined) === 'LEVEL_LOCKED';
    throw new McError(
      locked ? 'MC_ERR_CONFLICT' : 'MC_ERR_UNAVAILABLE',
      locked
        ? `broker store ${location} is locked: another broker uses this data dir`
        : `cannot open broker store ${location}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  logger.info({ location }, 'broker persistence: LevelDB');
  const persistence = aedesPersistenceLevel(db);
  let closed = false;
  guardRetainedStreams(persistence as unknown as RetainedStreams, () => closed, logger);
  return {
    aedesPersistence: persistence,
    async close() {
      if (closed) return;
      closed = true;
      await persistence.destroy();
    },
  };
}
