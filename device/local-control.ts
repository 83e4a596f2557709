// The daemon's local control channel: a small in-memory MQTT broker on a Unix socket, so
// `mctl` on the box speaks the very Command/Reply exchange the fleet uses, with or without
// a network. Access is governed by the socket file's permissions (0660 by default).
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { Logger } from 'pino';
import { allowAll } from '../broker/authorizer.ts';
import { type Broker, createBroker } from '../broker/broker.ts';
import { McError } from '../proto/errors.ts';
import { LocalBus } from './local-bus.ts';

export interface LocalControlOptions {
  socketPath: string;
  /** Permission bits of the socket file; 0o660 lets the daemon's group use mctl. */
  mode?: number;
  logger: Logger;
}

/** True when something accepts connections on the socket (another daemon is running). */
function socketAnswers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe: Socket = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

export class LocalControl {
  readonly #opts: LocalControlOptions;
  #broker: Broker | undefined;
  #server: Server | undefined;
  #bus: LocalBus | undefined;

  constructor(opts: LocalControlOptions) {
    this.#opts = opts;
  }

  get url(): string {
    return `mqtt+unix://${this.#opts.socketPath}`;
  }

  /** The daemon's own publishes and subscriptions on this bus, in-process. Only after start(). */
  get bus(): LocalBus {
    if (!this.#bus) throw new McError('MC_ERR_UNAVAILABLE', 'local control is not started');
    return this.#bus;
  }

  async start(): Promise<void> {
    if (this.#server) return;
    const { socketPath, logger } = this.#opts;
    if (existsSync(socketPath)) {
      if (await socketAnswers(socketPath)) {
        throw new McError('MC_ERR_CONFLICT', `another daemon is already listening on ${socketPath}`);
      }
      // Left behind by a daemon that crashed: nobody answers, so it is safe to replace.
      rmSync(socketPath, { force: true });
    }
    // Only the socket reaches this broker; its permissions are the access control.
    const broker = createBroker({ tcp: false, authorizer: allowAll(), logger });
    await broker.start();
    const server = createServer((socket) => broker.handleStream(socket, { transport: 'unix' }));
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(socketPath, () => {
          server.removeListener('error', reject);
          resolve();
        });
      });
      chmodSync(socketPath, this.#opts.mode ?? 0o660);
    } catch (err) {
      await broker.stop();
      throw new McError('MC_ERR_UNAVAILABLE', `cannot listen on ${socketPath}: ${String(err)}`, {
        cause: err,
      });
    }
    server.on('error', (err) => logger.error({ err }, 'local control socket error'));
    this.#broker = broker;
    this.#server = server;
    this.#bus = new LocalBus(broker.aedes);
    logger.info({ socket: socketPath }, 'local control listening');
  }

  async stop(): Promise<void> {
    const server = this.#server;
    const broker = this.#broker;
    this.#server = undefined;
    this.#broker = undefined;
    this.#bus = undefined;
    if (broker) await broker.stop(); // closes the client connections, so server.close can finish
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(this.#opts.socketPath, { force: true });
  }
}
