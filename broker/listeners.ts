// Network listeners of the broker: MQTT on TCP (or TLS) and MQTT over WebSocket (ws or
// wss, on its own HTTP server). Each admits sockets through the connection rate limit,
// sets TCP_NODELAY, and hands the stream to the broker; close() also destroys the sockets
// still open (TLS handshakes, pending upgrades) so stop() leaves nothing behind.
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import {
  type AddressInfo,
  createServer as createNetServer,
  type Server as NetServer,
  type Socket,
} from 'node:net';
import type { Duplex } from 'node:stream';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import { createWebSocketStream, WebSocketServer } from 'ws';
import { McError } from '../proto/errors.ts';
import type { ConnectionMeta } from './authorizer.ts';

export interface TlsMaterial {
  cert: Buffer;
  key: Buffer;
  ca?: Buffer;
}

/** Reads the PEM files once at start(); a missing file is a configuration error naming the field. */
export async function readTlsMaterial(files: {
  cert: string;
  key: string;
  ca?: string;
}): Promise<TlsMaterial> {
  const read = async (field: string, path: string) => {
    try {
      return await readFile(path);
    } catch (err) {
      throw new McError('MC_ERR_CONFIG', `broker tls.${field}: cannot read ${path}`, { cause: err });
    }
  };
  const [cert, key, ca] = await Promise.all([
    read('cert', files.cert),
    read('key', files.key),
    files.ca === undefined ? undefined : read('ca', files.ca),
  ]);
  return { cert, key, ...(ca ? { ca } : {}) };
}

export interface ListenerDeps {
  /** Rate limit: false means destroy the socket now (the callee has counted it). */
  admit(): boolean;
  noDelay: boolean;
  accept(stream: Duplex, meta: ConnectionMeta): void;
  logger: Logger;
}

export interface Listener {
  readonly url: string;
  close(): Promise<void>;
}

/** Common socket bookkeeping for every server: admission, TCP_NODELAY, tracking for close(). */
function track(server: NetServer, deps: ListenerDeps): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    // Errors of a socket that never reached Aedes (refused, mid-handshake) are not ours to report.
    socket.on('error', () => {});
    if (!deps.admit()) {
      socket.destroy();
      return;
    }
    socket.setNoDelay(deps.noDelay);
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // Errors while binding are reported by bind(); later ones (EMFILE...) are logged here.
  server.on('error', (err) => {
    if (server.listening) deps.logger.error({ err }, 'broker listener error');
  });
  return sockets;
}

async function bind(server: NetServer, host: string, port: number, what: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => {
      const code = Reflect.get(err, 'code');
      reject(
        new McError(
          code === 'EADDRINUSE' ? 'MC_ERR_CONFLICT' : 'MC_ERR_CONFIG',
          `${what} cannot listen on ${host}:${port}: ${err.message}`,
          { cause: err },
        ),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.removeListener('error', onError);
      resolve();
    });
  });
  return server.address() as AddressInfo;
}

function urlOf(scheme: string, address: AddressInfo, path = ''): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `${scheme}://${host}:${address.port}${path}`;
}

function closer(server: NetServer, sockets: Set<Socket>, extra: () => void = () => {}): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= new Promise<void>((resolve) => {
      extra();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    return closing;
  };
}

export async function listenMqtt(
  opts: { host: string; port: number; tls?: TlsMaterial },
  deps: ListenerDeps,
): Promise<Listener> {
  const { tls } = opts;
  let server: NetServer;
  if (tls) {
    const tlsServer = createTlsServer({ cert: tls.cert, key: tls.key, ...(tls.ca ? { ca: tls.ca } : {}) });
    tlsServer.on('secureConnection', (socket: TLSSocket) =>
      deps.accept(socket, { transport: 'tls', remoteAddress: socket.remoteAddress }),
    );
    // A plain-MQTT client on the mqtts port ends here: the handshake fails, no Aedes client exists.
    tlsServer.on('tlsClientError', (err, socket) =>
      deps.logger.info({ remoteAddress: socket.remoteAddress, err: err.message }, 'TLS handshake failed'),
    );
    server = tlsServer;
  } else {
    server = createNetServer();
  }
  const sockets = track(server, deps);
  if (!tls) {
    // Registered after track(), so a socket refused by the rate limit is already destroyed.
    server.on('connection', (socket: Socket) => {
      if (!socket.destroyed) deps.accept(socket, { transport: 'tcp', remoteAddress: socket.remoteAddress });
    });
  }
  const address = await bind(server, opts.host, opts.port, tls ? 'MQTT (TLS) listener' : 'MQTT listener');
  return { url: urlOf(tls ? 'mqtts' : 'mqtt', address), close: closer(server, sockets) };
}

export async function listenWebSocket(
  opts: { host: string; port: number; path: string; tls?: TlsMaterial; maxPayload: number },
  deps: ListenerDeps,
): Promise<Listener> {
  const { tls } = opts;
  const server: HttpServer = tls
    ? createHttpsServer({ cert: tls.cert, key: tls.key, ...(tls.ca ? { ca: tls.ca } : {}) })
    : createHttpServer();
  const sockets = track(server, deps);
  // Plain HTTP requests get an answer instead of hanging until their timeout.
  server.on('request', (_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain', upgrade: 'websocket' });
    res.end(`MQTT over WebSocket: connect to ${opts.path} with a WebSocket client\n`);
  });
  const wss = new WebSocketServer({ server, path: opts.path, maxPayload: opts.maxPayload });
  wss.on('connection', (socket, req) => {
    const stream = createWebSocketStream(socket);
    deps.accept(stream, { transport: tls ? 'wss' : 'ws', remoteAddress: req.socket.remoteAddress });
  });
  wss.on('error', (err) => deps.logger.error({ err }, 'broker WebSocket server error'));
  const address = await bind(
    server,
    opts.host,
    opts.port,
    tls ? 'WebSocket (TLS) listener' : 'WebSocket listener',
  );
  return {
    url: urlOf(tls ? 'wss' : 'ws', address, opts.path),
    close: closer(server, sockets, () => wss.close()),
  };
}
