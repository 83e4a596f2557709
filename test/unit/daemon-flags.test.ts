// The daemon's V8 flags (cli/daemon-flags.ts) reach a device: the systemd unit template
// carries them, and remote-bootstrap.sh's rewrite of that unit keeps them. Under
// --lite-mode the daemon has no WebAssembly, so its code must not need it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DAEMON_NODE_FLAGS } from '../../cli/daemon-flags.ts';
import { REPO } from '../helpers/child.ts';

const UNIT = join(REPO, 'deploy/systemd/mctl-device.service');
const BOOTSTRAP = join(REPO, 'deploy/remote-bootstrap.sh');

function execStart(unitText: string): string[] {
  const line = unitText.split('\n').find((l) => l.startsWith('ExecStart='));
  if (!line) throw new Error('no ExecStart line');
  return line.slice('ExecStart='.length).split(' ');
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('daemon node flags', () => {
  it('are the words between node and the entry in the systemd unit', () => {
    const words = execStart(readFileSync(UNIT, 'utf8'));
    expect(words[0]).toBe('/usr/bin/node');
    expect(words.slice(1, 1 + DAEMON_NODE_FLAGS.length)).toEqual([...DAEMON_NODE_FLAGS]);
    expect(words[1 + DAEMON_NODE_FLAGS.length]).toBe('/opt/master-control/dist/cli/main.js');
  });

  it("survive remote-bootstrap.sh's rewrite of the unit for a device's paths", () => {
    // The script's own rewrite code (its node heredoc), run on the template.
    const script = readFileSync(BOOTSTRAP, 'utf8');
    const js = script.slice(script.indexOf("<<'JS'\n") + 7, script.indexOf('\nJS\n'));
    dir = mkdtempSync(join(tmpdir(), 'mc-unit-'));
    const out = join(dir, 'unit');
    execFileSync(
      process.execPath,
      ['-', UNIT, out, '/srv/mc', '/srv/conf', '/opt/node/bin/node', '/srv/mc/dist/cli/main.js'],
      {
        input: js,
      },
    );
    expect(execStart(readFileSync(out, 'utf8'))).toEqual([
      '/opt/node/bin/node',
      ...DAEMON_NODE_FLAGS,
      '/srv/mc/dist/cli/main.js',
      'up',
      '--config-dir',
      '/srv/conf',
    ]);
  });

  it('keep a daemon without WebAssembly working: device/ uses neither it nor fetch (undici needs it)', () => {
    expect(DAEMON_NODE_FLAGS).toContain('--lite-mode');
    const files = readdirSync(join(REPO, 'device'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) =>
      /\bfetch\(|\bWebAssembly\b|from 'undici'/.test(readFileSync(join(REPO, 'device', f), 'utf8')),
    );
    expect(offenders).toEqual([]);
    // And a lite-mode node really has none: what the check above protects against.
    const probe = execFileSync(process.execPath, [...DAEMON_NODE_FLAGS, '-p', 'typeof WebAssembly'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(probe.trim()).toBe('undefined');
  });
});
