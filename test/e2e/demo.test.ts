// `npm start` runs `mctl demo`: a controller with its embedded broker and three device
// daemons. It must boot with every device online within 10 s and stop cleanly.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { killAllChildren, runMctl } from '../helpers/child.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-demo-'));
});

afterEach(async () => {
  await killAllChildren();
  rmSync(dir, { recursive: true, force: true });
});

/** Processes (other than this test) whose command line or cwd points into the demo dir. */
function demoProcesses(): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n) && Number(n) !== process.pid)
    .filter((pid) => {
      try {
        return (
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir) ||
          readFileSync(`/proc/${pid}/environ`, 'utf8').includes(`MC_TEST_DIR=${dir}`)
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

interface Overview {
  name: string;
  health: string;
}

describe('one-machine demo', () => {
  it('boots a controller and 3 devices that are online within 10 s, then stops everything cleanly', async () => {
    const demo = runMctl(['demo', '--dir', dir, '--port', '0', '--mqtt-port', '0', '--json'], {
      MC_TEST_DIR: dir,
    });
    const ready = JSON.parse(await demo.waitForLine((l) => l.includes('"event":"ready"'), 30_000)) as {
      http: string;
      api_token: string;
    };
    const started = Date.now();
    let clients: Overview[] = [];
    while (Date.now() - started < 10_000) {
      const res = await fetch(`${ready.http}/api/fleet/clients`);
      clients = (await res.json()) as Overview[];
      if (clients.length === 3 && clients.every((c) => c.health === 'online')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(clients.map((c) => [c.name, c.health])).toEqual([
      ['demo-1', 'online'],
      ['demo-2', 'online'],
      ['demo-3', 'online'],
    ]);
    // A command through the API reaches a device and comes back.
    const res = await fetch(`${ready.http}/api/fleet/clients/demo-2/workloads/ticker-service/restart`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ready.api_token}` },
    });
    expect(res.status).toBe(200);

    await demo.kill('SIGINT');
    expect(await demo.exited).toBe(0);
    expect(demoProcesses()).toEqual([]);
  });
});
