// `mctl up --detach`: the daemon starts in the background with its own V8 flags
// (cli/daemon-flags.ts, as the systemd unit gives them), answers on its socket, and
// `mctl down` stops it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DAEMON_NODE_FLAGS } from '../../cli/daemon-flags.ts';
import { killAllChildren, runMctl } from '../helpers/child.ts';

let dir: string | undefined;
let daemonPid: number | undefined;

function alive(pid: number): boolean {
  return existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
}

afterEach(async () => {
  await killAllChildren();
  if (daemonPid && alive(daemonPid)) process.kill(daemonPid, 'SIGKILL');
  daemonPid = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('mctl up --detach', () => {
  it('runs the daemon in the background under its node flags until mctl down', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mc-detach-'));
    const configDir = join(dir, 'configs');
    mkdirSync(configDir);
    const socket = join(dir, 'mc.sock');
    writeFileSync(join(configDir, 'daemon.yaml'), `device_name: bg-1\ndata_dir: ${join(dir, 'data')}\n`);
    const global = ['--config-dir', configDir, '--socket-path', socket];

    const up = runMctl([...global, '--json', 'up', '--detach']);
    expect(await up.exited).toBe(0);
    const ready = JSON.parse(up.lines[0] ?? '{}') as { event?: string; pid?: number; log_file?: string };
    expect(ready.event).toBe('ready');
    daemonPid = ready.pid;
    expect(daemonPid).toBeGreaterThan(0);
    expect(ready.log_file).toBe(join(dir, 'data', 'daemon.log'));
    const argv = readFileSync(`/proc/${daemonPid}/cmdline`, 'utf8').split('\0');
    expect(argv.slice(1, 1 + DAEMON_NODE_FLAGS.length)).toEqual([...DAEMON_NODE_FLAGS]);
    expect(argv).toContain('up');

    const list = runMctl([...global, 'list']);
    expect(await list.exited).toBe(0);
    const down = runMctl([...global, 'down', '--wait', '60']);
    expect(await down.exited).toBe(0);
    expect(down.lines.join('\n')).toContain('bg-1: stopped');
    // `down` returns when the socket closes; the process ends just after.
    const until = Date.now() + 30_000;
    while (alive(daemonPid ?? 0) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(alive(daemonPid ?? 0)).toBe(false);
  });
});
