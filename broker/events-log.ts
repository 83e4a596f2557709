// What the broker logs about its clients. Every connection that Aedes closes on an error
// (bad input, oversize, refused CONNECT, keepalive timeout) is one line here, with the
// client id when known and the transport and peer address.
import type { EventEmitter } from 'node:events';
import type { Aedes, Client } from 'aedes';
import type { Logger } from 'pino';
import type { ConnectionMeta } from './authorizer.ts';

/** Ordinary network deaths of a client: worth a line, not a warning. */
const QUIET_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

export function logAedesEvents(
  aedes: Aedes,
  logger: Logger,
  metaOf: (client: Client) => ConnectionMeta | undefined,
): void {
  const onClientError = (client: Client, err: Error) => {
    const code: unknown = Reflect.get(err, 'code');
    const quiet = typeof code === 'string' && QUIET_ERRORS.has(code);
    logger[quiet ? 'info' : 'warn'](
      { clientId: client.id ?? undefined, ...metaOf(client), err: err.message, code },
      'client connection closed on error',
    );
  };
  // 'connectionError' is the same failure before CONNECT gave the client an id.
  aedes.on('clientError', onClientError);
  aedes.on('connectionError', onClientError);
  // Persistence failures surface as 'error'; without a listener they would crash the process.
  const emitter: EventEmitter = aedes; // Aedes' typings omit the 'error' event
  emitter.on('error', (err: Error) => logger.error({ err }, 'broker error'));
  aedes.on('client', (client) =>
    logger.debug({ clientId: client.id, ...metaOf(client) }, 'client connected'),
  );
  aedes.on('clientDisconnect', (client) => logger.debug({ clientId: client.id }, 'client disconnected'));
}
