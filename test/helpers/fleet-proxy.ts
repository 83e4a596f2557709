// A TCP proxy between a device and its broker: it counts the bytes each way (MQTT framing
// included, TCP/IP headers not) and can cut the link and bring it back, which is how tests
// take a device offline without touching the broker or the daemon.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface LinkProxy {
  /** mqtt://127.0.0.1:<port> of the proxy. */
  url: string;
  /** Bytes device → broker and broker → device since creation (or the last resetCounters). */
  readonly bytes: { up: number; down: number };
  resetCounters(): void;
  /** Closes every proxied connection and refuses new ones until restore(). */
  cut(): void;
  /**
   * A partition: open connections stay open but nothing passes any more (only keep-alive
   * timeouts can notice), and new ones are refused until restore().
   */
  freeze(): void;
  restore(): void;
  close(): Promise<void>;
}

/** Sees every chunk that passes, for byte accounting by packet type. */
export type ProxyTap = (direction: 'up' | 'down', chunk: Buffer) => void;

export async function startLinkProxy(target: string, tap?: ProxyTap): Promise<LinkProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const pairs = new Set<{ device: Socket; broker: Socket }>();
  const bytes = { up: 0, down: 0 };
  let open = true;
  let frozen = false;
  const server: Server = createServer((device) => {
    if (!open) {
      device.destroy();
      return;
    }
    device.setNoDelay(true);
    const broker = connect({ host: hostname, port: Number(port), noDelay: true });
    sockets.add(device);
    sockets.add(broker);
    device.on('data', (d: Buffer) => {
      bytes.up += d.length;
      tap?.('up', d);
    });
    broker.on('data', (d: Buffer) => {
      bytes.down += d.length;
      tap?.('down', d);
    });
    device.pipe(broker);
    broker.pipe(device);
    const pair = { device, broker };
    pairs.add(pair);
    const drop = () => {
      device.destroy();
      broker.destroy();
      sockets.delete(device);
      sockets.delete(broker);
      pairs.delete(pair);
    };
    device.on('error', drop);
    broker.on('error', drop);
    device.on('close', drop);
    broker.on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `mqtt://127.0.0.1:${address.port}`,
    bytes,
    resetCounters() {
      bytes.up = 0;
      bytes.down = 0;
    },
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    freeze() {
      open = false;
      frozen = true;
      for (const { device, broker } of pairs) {
        device.unpipe(broker);
        broker.unpipe(device);
      }
    },
    restore() {
      // Connections frozen by a partition are dead to both ends by now.
      if (frozen) for (const s of sockets) s.destroy();
      frozen = false;
      open = true;
    },
    async close() {
      open = false;
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
