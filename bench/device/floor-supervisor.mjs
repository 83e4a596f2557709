// The floor of the comparison: the least a supervisor can do in Node — spawn each workload
// in its own process group (as ours and PM2 do) and spawn it again the moment it exits. No
// logs, no state, no policy. Plain JavaScript run by `node` directly, so that no TypeScript
// loader sits in the floor's start-up.
//
// argv: <count> <script> <mark> <readyDir>. It starts <count> workloads at once, prints
// @@ready, and on a stdin line `spawn N` starts N more (the "already running" start). On
// SIGTERM it stops its workloads' groups and exits.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const [count, script, mark, readyDir] = process.argv.slice(2);
const env = { ...process.env, MC_BENCH_MARK: mark, MC_BENCH_READY_DIR: readyDir };
const children = new Set();
let stopping = false;

function start() {
  const child = spawn(process.execPath, [script], { env, detached: true, stdio: 'ignore' });
  children.add(child);
  child.on('error', () => {});
  child.once('exit', () => {
    children.delete(child);
    if (!stopping) start();
    else if (children.size === 0) process.exit(0);
  });
}

for (let i = 0; i < Number(count); i++) start();
process.stdout.write('@@ready\n');

createInterface({ input: process.stdin }).on('line', (line) => {
  const m = /^spawn (\d+)$/.exec(line.trim());
  if (m) for (let i = 0; i < Number(m[1]); i++) start();
});

process.once('SIGTERM', () => {
  stopping = true;
  if (children.size === 0) process.exit(0);
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});
