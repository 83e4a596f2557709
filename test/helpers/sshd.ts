// A real OpenSSH server on 127.0.0.1 for tests of the SSH deploy scripts: its own host key,
// a throwaway ed25519 client key, config, pid file and known_hosts in a temp dir, on a free
// port. Debian's openssh-server is required (CI installs it); when it is missing and this
// runs as root, it is installed with apt-get, else the test fails with the reason.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

export const SSHD = '/usr/sbin/sshd';

export interface Sshd {
  port: number;
  /** Private key accepted for root@127.0.0.1. */
  clientKey: string;
  knownHosts: string;
  /** ssh options for the client side (known hosts in the temp dir, no prompts). */
  clientOpts: string[];
  stderr(): string;
  stop(): Promise<void>;
}

function hasTools(): boolean {
  const onPath = (tool: string): boolean => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  return existsSync(SSHD) && onPath('ssh') && onPath('ssh-keygen') && onPath('rsync');
}

/** Makes sure sshd, ssh and rsync exist; installs them as root, throws otherwise. */
export function ensureSshTools(): void {
  if (hasTools()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'openssh-server, openssh-client and rsync are required: apt-get install -y openssh-server openssh-client rsync',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync(
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', 'openssh-server', 'openssh-client', 'rsync'],
    {
      env,
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  if (!hasTools())
    throw new Error('apt-get install openssh-server openssh-client rsync did not provide sshd/ssh/rsync');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('data', () => {
      socket.destroy();
      resolve(true); // the SSH banner
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Starts sshd in `dir` (created). Stop it with `stop()`. */
export async function startSshd(dir: string): Promise<Sshd> {
  ensureSshTools();
  mkdirSync(dir, { recursive: true });
  mkdirSync('/run/sshd', { recursive: true }); // privilege separation dir sshd insists on
  const hostKey = join(dir, 'host_ed25519');
  const clientKey = join(dir, 'client_ed25519');
  for (const key of [hostKey, clientKey]) {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'mctl-test', '-f', key], {
      stdio: 'ignore',
    });
  }
  const authorized = join(dir, 'authorized_keys');
  execFileSync('cp', [`${clientKey}.pub`, authorized]);
  const port = await freePort();
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `ListenAddress 127.0.0.1`,
      `Port ${port}`,
      `HostKey ${hostKey}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${authorized}`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      'Subsystem sftp internal-sftp',
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`sshd exited (${child.exitCode}): ${err}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`sshd did not listen on 127.0.0.1:${port} within 10 s: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const knownHosts = join(dir, 'known_hosts');
  return {
    port,
    clientKey,
    knownHosts,
    clientOpts: [
      '-o',
      'StrictHostKeyChecking=accept-new',
      '-o',
      `UserKnownHostsFile=${knownHosts}`,
      '-o',
      'LogLevel=ERROR',
    ],
    stderr: () => err,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
