// A broker under test in its own process, for the broker benchmark: `ours` is createBroker()
// as the controller embeds it (LevelDB persistence, guards, TCP_NODELAY), `aedes` is plain
// Aedes in memory on a bare net.Server (no persistence, Node's default Nagle). Prints
// {"event":"listening","port":N} on stdout and runs until SIGTERM.
//
//   npx tsx bench/broker/serve.ts --kind ours --data-dir /tmp/x
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { Aedes } from 'aedes';
import { pino } from 'pino';
import { createBroker } from '../../broker/broker.ts';

const { values } = parseArgs({
  options: { kind: { type: 'string' }, 'data-dir': { type: 'string' } },
});

const ready = (port: number) =>
  process.stdout.write(`${JSON.stringify({ event: 'listening', port, pid: process.pid })}\n`);
const stopped = new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));

if (values.kind === 'ours' || values.kind === 'ours-memory') {
  if (!values['data-dir']) throw new Error('--kind ours needs --data-dir');
  const broker = createBroker({
    // ours-memory: the same broker without a store (a breakdown: what persistence costs).
    ...(values.kind === 'ours' ? { dataDir: values['data-dir'] } : {}),
    tcp: { host: '127.0.0.1', port: 0 },
    logger: pino({ level: 'warn' }),
  });
  const addresses = await broker.start();
  ready(Number(new URL(addresses.mqtt ?? '').port));
  await stopped;
  process.stderr.write(`${JSON.stringify({ event: 'stats', ...broker.stats() })}\n`);
  await broker.stop();
} else if (values.kind === 'aedes') {
  const aedes = await Aedes.createBroker();
  const server = createServer(aedes.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  ready(typeof address === 'object' && address ? address.port : 0);
  await stopped;
  server.close();
  await new Promise<void>((resolve) => aedes.close(() => resolve()));
} else {
  throw new Error(`--kind: ours or aedes, got ${values.kind}`);
}
process.exit(0);
