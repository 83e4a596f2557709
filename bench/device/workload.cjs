// The supervised workload of the device bench: a Node process that stays alive doing
// nothing, like an idle service. CommonJS so that every tool runs it the same way (PM2's fork
// container require()s the script; ESM would take another path there).
//
// As its first act it reports that it is running: a file named by its pid in
// MC_BENCH_READY_DIR, holding process.hrtime.bigint(). That clock is CLOCK_MONOTONIC, shared by
// every process on the machine, so the bench gets the exact moment the script began to run
// without polling for it. The file is written under a dot-name and renamed, so a reader never
// sees it half-written.
const { renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const readyAt = process.hrtime.bigint();
const dir = process.env.MC_BENCH_READY_DIR;
if (dir) {
  const tmp = join(dir, `.${process.pid}`);
  writeFileSync(tmp, String(readyAt));
  renameSync(tmp, join(dir, String(process.pid)));
}
setInterval(() => {}, 1 << 30);
