// A minimal device daemon for crash tests: a Supervisor over <dir>/data and <dir>/logs in a
// process of its own, so a test can SIGKILL it for real. Prints every supervisor event as a
// JSON line, then READY once started.
// Usage: node --import tsx test/helpers/supervisor-daemon.ts <dir> '<LoadedWorkload[] as JSON>'
import { join } from 'node:path';
import pino from 'pino';
import type { LoadedWorkload } from '../../device/config/workload-schema.ts';
import { StateStore } from '../../device/state/state-store.ts';
import { Supervisor } from '../../device/supervisor/supervisor.ts';

const [dir, json] = process.argv.slice(2);
if (!dir || !json) throw new Error('usage: supervisor-daemon.ts <dir> <workloads json>');
const workloads = JSON.parse(json) as LoadedWorkload[];
const store = new StateStore({ dataDir: join(dir, 'data') });
await store.open();
const supervisor = new Supervisor({ logger: pino({ level: 'silent' }), store, logDir: join(dir, 'logs') });
supervisor.on('event', (event) => process.stdout.write(`${JSON.stringify(event)}\n`));
await supervisor.start(workloads);
process.stdout.write('READY\n');
// Stay up until killed: that is the point.
setInterval(() => undefined, 60_000);
