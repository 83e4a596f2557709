// Starts a real Mosquitto (Debian package) on an ephemeral loopback port with its own
// config file and persistence dir, for tests proving the contract works on any broker.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface RunningMosquitto {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A port the kernel just handed out; Mosquitto cannot listen on port 0 itself. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startMosquitto(dir: string): Promise<RunningMosquitto> {
  const port = await freePort();
  const dataDir = join(dir, 'mosquitto-data');
  mkdirSync(dataDir, { recursive: true });
  const conf = join(dir, 'mosquitto.conf');
  // `user root`: as root, Mosquitto would otherwise switch to user mosquitto and fail to
  // write its persistence dir in our temp dir.
  writeFileSync(
    conf,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous true',
      'persistence true',
      `persistence_location ${dataDir}/`,
      'user root',
      'log_dest stderr',
      'log_type error',
      'log_type warning',
      'log_type notice',
      'log_type information',
      '',
    ].join('\n'),
  );
  const child = spawn('mosquitto', ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`mosquitto did not start within 10 s: ${stderr}`)),
      10_000,
    );
    const settle = (err?: Error) => {
      clearTimeout(timer);
      child.removeListener('exit', onExit);
      if (err) reject(err);
      else resolve();
    };
    const onExit = (code: number | null) => settle(new Error(`mosquitto exited with ${code}: ${stderr}`));
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
      // "information" logging prints this line once the listener is bound.
      if (stderr.includes(' running')) settle();
    });
    child.once('exit', onExit);
    child.once('error', (err) => settle(err));
  });
  return {
    url: `mqtt://127.0.0.1:${port}`,
    port,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
