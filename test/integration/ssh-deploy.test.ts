// deploy/deploy-clients.sh and deploy/remote-bootstrap.sh for real: a real sshd on 127.0.0.1
// (throwaway keys, temp dir), two clients that are both 127.0.0.1 with their own install and
// config dirs, plus one unreachable client and one with an invalid workload. The systemd step
// is skipped (--skip-systemd) and `npm ci` too (--no-install, node_modules linked to this
// checkout's); everything else — rsync, config staging, .env, validation — runs as on a device.
import { execFile } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Sshd, startSshd } from '../helpers/sshd.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const DEPLOY = join(REPO, 'deploy', 'deploy-clients.sh');
const BOOTSTRAP = join(REPO, 'deploy', 'remote-bootstrap.sh');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], timeout = 50_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile('bash', [script, ...args], { cwd: REPO, timeout }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

let tmp: string;
let sshd: Sshd;
let inventory: string;
const dirs = (client: string) => ({
  install: join(tmp, client, 'opt'),
  config: join(tmp, client, 'etc'),
  data: join(tmp, client, 'data'),
});

function deploy(...args: string[]): Promise<Run> {
  return run(DEPLOY, ['--inventory', inventory, '--ssh-opts', sshd.clientOpts.join(' '), ...args]);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mc-ssh-deploy-'));
  sshd = await startSshd(join(tmp, 'sshd'));

  // The control host's configs: three workloads, each client gets its own.
  const src = join(tmp, 'control');
  mkdirSync(join(src, 'workloads', 'programs'), { recursive: true });
  mkdirSync(join(src, 'workloads', 'lib'), { recursive: true });
  writeFileSync(join(src, 'workloads', 'programs', 'a.sh'), 'echo alpha\n');
  writeFileSync(join(src, 'workloads', 'lib', 'b.mjs'), 'export async function run() { return 1; }\n');
  writeFileSync(
    join(src, 'workloads', 'a.yaml'),
    'name: job-a\ntype: script\nrun_mode: n_times\nmax_runs: 1\ncommand: [/bin/sh, programs/a.sh]\n',
  );
  writeFileSync(
    join(src, 'workloads', 'b.yaml'),
    'name: agent-b\ntype: agent\nrun_mode: schedule\nschedule: "0 * * * *"\nmodule: lib/b.mjs\n',
  );
  writeFileSync(
    join(src, 'workloads', 'c.yaml'),
    'name: job-c\ntype: script\nrun_mode: n_times\ncommand: [/bin/true]\n',
  );
  writeFileSync(
    join(src, 'workloads', 'bad.yaml'),
    'name: job-bad\ntype: script\nrun_mode: sometimes\ncommand: [/bin/true]\n',
  );
  const client = (name: string, host: string, workloads: string[], env?: Record<string, string>) => ({
    host,
    name,
    workloads,
    install_dir: dirs(name).install,
    config_dir: dirs(name).config,
    daemon: { data_dir: dirs(name).data, socket_path: join(tmp, name, 'mctl.sock') },
    ...(env ? { env } : {}),
  });
  inventory = join(src, 'inventory.yaml');
  writeFileSync(
    inventory,
    JSON.stringify({
      defaults: {
        ssh_user: 'root',
        ssh_port: sshd.port,
        ssh_key: sshd.clientKey,
        env: { SHARED: 'yes' },
        daemon: { log_level: 'warn' },
      },
      clients: [
        client('alpha', '127.0.0.1', ['workloads/a.yaml'], { ROLE: 'sensor', GREETING: 'hello world' }),
        client('beta', '127.0.0.1', ['workloads/b.yaml']),
        // Loopback, but nothing listens on 127.0.0.2: connection refused at once.
        client('broken', '127.0.0.2', ['workloads/c.yaml']),
        client('invalid', '127.0.0.1', ['workloads/bad.yaml']),
      ],
    }),
  );
}, 60_000);

afterAll(async () => {
  await sshd?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('deploy scripts over a real sshd', () => {
  it('both scripts print --help and refuse unknown flags', async () => {
    const help = await run(DEPLOY, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--dry-run');
    expect(help.stdout).toContain('--sync-only');
    const bootHelp = await run(BOOTSTRAP, ['--help']);
    expect(bootHelp.code).toBe(0);
    expect(bootHelp.stdout).toContain('--skip-systemd');
    expect(bootHelp.stdout).toContain('--no-install');
    const bad = await run(DEPLOY, ['--inventory', inventory, '--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option: --frobnicate');
    const missing = await run(DEPLOY, ['--inventory', inventory, '--client', 'nobody', '--dry-run']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no client named "nobody"');
  });

  it('--dry-run prints the plan per client and changes nothing', async () => {
    const result = await deploy('--dry-run', '--skip-systemd');
    expect(result.code, result.stderr).toBe(0);
    for (const name of ['alpha', 'beta', 'broken', 'invalid']) {
      expect(result.stdout).toContain(`${name} (root@`);
      expect(result.stdout).toContain(`${dirs(name).install}/`);
    }
    expect(result.stdout).toMatch(/rsync -a --delete .*--exclude=\/node_modules/);
    expect(result.stdout).toContain('remote-bootstrap.sh');
    expect(result.stdout).toContain('--skip-systemd');
    expect(result.stdout).toContain('a.yaml');
    expect(result.stdout).toContain('programs/a.sh');
    expect(result.stdout).toContain('dry run: nothing was changed');
    for (const name of ['alpha', 'beta', 'broken', 'invalid'])
      expect(existsSync(join(tmp, name))).toBe(false);
    // No host was even contacted: ssh would have recorded the host key.
    expect(existsSync(sshd.knownHosts)).toBe(false);
  });

  it('a full run syncs the project and only each client’s configs, then validates them', async () => {
    for (const name of ['alpha', 'beta']) {
      const { install, config } = dirs(name);
      mkdirSync(install, { recursive: true });
      // --no-install: the device's node_modules is this checkout's (npm ci is the real path).
      symlinkSync(join(REPO, 'node_modules'), join(install, 'node_modules'));
      mkdirSync(join(config, 'secrets'), { recursive: true });
      writeFileSync(join(config, 'secrets', 'broker-password'), 'kept\n');
      writeFileSync(join(config, 'stale.yaml'), 'name: stale\n');
    }
    const result = await deploy('--client', 'alpha', '--client', 'beta', '--skip-systemd', '--no-install');
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('summary: 2 ok, 0 failed');
    expect(result.stdout).toContain('bootstrap: validating');
    expect(result.stdout).toContain('1 workload');
    expect(result.stdout).not.toContain('FAILED');

    for (const name of ['alpha', 'beta']) {
      const { install, config } = dirs(name);
      // The project, without what never goes to a device; the linked node_modules survives --delete.
      for (const file of [
        'package.json',
        'package-lock.json',
        'bin/mctl.js',
        'cli/main.ts',
        'deploy/remote-bootstrap.sh',
      ]) {
        expect(existsSync(join(install, file)), file).toBe(true);
      }
      for (const gone of ['test', 'bench', '.git']) expect(existsSync(join(install, gone)), gone).toBe(false);
      expect(lstatSync(join(install, 'node_modules')).isSymbolicLink()).toBe(true);
      // daemon.yaml generated: device_name = client name, inventory defaults + client daemon block.
      const daemon = parse(readFileSync(join(config, 'daemon.yaml'), 'utf8')) as Record<string, unknown>;
      expect(daemon).toMatchObject({ device_name: name, log_level: 'warn', data_dir: dirs(name).data });
      // Files the device keeps are protected; configs no longer assigned are removed.
      expect(readFileSync(join(config, 'secrets', 'broker-password'), 'utf8')).toBe('kept\n');
      expect(existsSync(join(config, 'stale.yaml'))).toBe(false);
      // .env written with mode 0600, the staging copy removed.
      const env = join(install, '.env');
      expect(statSync(env).mode & 0o777).toBe(0o600);
      expect(readFileSync(env, 'utf8')).toContain('SHARED=yes');
      expect(existsSync(join(install, '.env.deploy'))).toBe(false);
    }
    // Only each client's own workloads and what they reference.
    const alpha = dirs('alpha').config;
    const beta = dirs('beta').config;
    expect(existsSync(join(alpha, 'a.yaml'))).toBe(true);
    expect(existsSync(join(alpha, 'programs', 'a.sh'))).toBe(true);
    expect(existsSync(join(alpha, 'b.yaml'))).toBe(false);
    expect(existsSync(join(alpha, 'lib'))).toBe(false);
    expect(existsSync(join(beta, 'b.yaml'))).toBe(true);
    expect(existsSync(join(beta, 'lib', 'b.mjs'))).toBe(true);
    expect(existsSync(join(beta, 'a.yaml'))).toBe(false);
    expect(existsSync(join(beta, 'programs'))).toBe(false);
    for (const config of [alpha, beta]) expect(existsSync(join(config, 'c.yaml'))).toBe(false);
    const alphaEnv = readFileSync(join(dirs('alpha').install, '.env'), 'utf8');
    expect(alphaEnv).toContain('ROLE=sensor');
    expect(alphaEnv).toContain('GREETING=hello world');
    expect(readFileSync(join(dirs('beta').install, '.env'), 'utf8')).not.toContain('ROLE=');

    // The deployed copy really works: its own mctl validates its own config dir.
    const check = await new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [join(dirs('alpha').install, 'bin', 'mctl.js'), 'validate', '--json', '--config-dir', alpha],
        { timeout: 20_000 },
        (err, stdout, stderr) => resolve({ code: err === null ? 0 : 1, stdout, stderr }),
      );
    });
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, workloads: ['job-a'] });
  }, 60_000);

  it('--sync-only syncs a changed assignment and runs no bootstrap', async () => {
    const env = join(dirs('alpha').install, '.env');
    const before = readFileSync(env, 'utf8');
    writeFileSync(join(dirs('alpha').config, 'leftover.yaml'), 'name: leftover\n');
    const result = await deploy('--client', 'alpha', '--sync-only');
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('bootstrap skipped (--sync-only)');
    expect(result.stdout).not.toContain('bootstrap: validating');
    expect(result.stdout).toContain('summary: 1 ok, 0 failed');
    expect(existsSync(join(dirs('alpha').config, 'leftover.yaml'))).toBe(false);
    expect(existsSync(join(dirs('alpha').config, 'a.yaml'))).toBe(true);
    // The environment is staged for the next bootstrap but .env itself is untouched.
    expect(readFileSync(env, 'utf8')).toBe(before);
    expect(existsSync(join(dirs('alpha').install, '.env.deploy'))).toBe(true);
  }, 60_000);

  it('an unreachable client and an invalid config fail by name; the good client still succeeds', async () => {
    mkdirSync(dirs('invalid').install, { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(dirs('invalid').install, 'node_modules'));
    const result = await deploy(
      '--client',
      'broken',
      '--client',
      'beta',
      '--client',
      'invalid',
      '--skip-systemd',
      '--no-install',
      '--connect-timeout',
      '5',
    );
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(1);
    expect(result.stdout).toMatch(/cannot reach root@127\.0\.0\.2 over SSH/);
    expect(result.stdout).toContain('configuration in');
    expect(result.stdout).toContain('run_mode');
    expect(result.stdout).toContain('summary: 1 ok, 2 failed');
    expect(result.stdout).toMatch(/ok: +beta\n/);
    expect(result.stdout).toMatch(/FAILED: broken invalid\n/);
    // Nothing was written for the unreachable client.
    expect(existsSync(dirs('broken').install)).toBe(false);
    // The invalid client got its files; validation stopped its bootstrap before any start.
    expect(existsSync(join(dirs('invalid').config, 'bad.yaml'))).toBe(true);
  }, 60_000);
});
