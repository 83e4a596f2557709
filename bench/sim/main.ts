// The fleet simulator: N devices speaking the real contract over N MQTT connections, in one
// process (a load generator apart from the controller). See options.ts for the command line
// and report.ts for what it prints. Several processes split a bigger fleet with --offset.
//
//   npx tsx bench/sim/main.ts --broker mqtt://127.0.0.1:1883 --devices 5000 --offset 0 \
//     --password-file /tmp/pw --workloads 10 --heartbeat 10 --churn-state 0.05 --churn-reconnect 0.01
import { createInterface } from 'node:readline';
import { SimCounters } from './counters.ts';
import { Fleet } from './fleet.ts';
import { parseSimOptions, type SimOptions, USAGE } from './options.ts';
import { buildDump, buildReport, type SimLine } from './report.ts';
import { SelfUsage } from './self-usage.ts';

function emit(line: SimLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

let options: SimOptions;
try {
  options = parseSimOptions(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
  process.exit(2);
}

const counters = new SimCounters();
const fleet = new Fleet({
  host: options.host,
  port: options.port,
  names: options.names,
  passwords: options.passwords,
  workloads: options.workloads,
  heartbeatMs: options.heartbeatS * 1000,
  churnState: options.churnState,
  churnReconnect: options.churnReconnect,
  connectWindow: options.connectWindow,
  connectRate: options.connectRate,
  connectTimeoutMs: options.connectTimeoutS * 1000,
  keepaliveS: options.keepaliveS,
  quiet: options.quiet,
  counters,
});
const usage = new SelfUsage();
const report = () => emit(buildReport(options.id, fleet, counters, usage.sample()));
const reporter = setInterval(report, options.reportS * 1000);

let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  clearInterval(reporter);
  report();
  fleet.stop();
  usage.stop();
  // DISCONNECTs need a moment to leave; a stuck socket must not keep the process alive.
  setTimeout(() => process.exit(code), 300).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
if (options.control) listenForCommands();

/** The scenario talks to us on stdin; when it dies, stdin ends and so do we. */
function listenForCommands(): void {
  const input = createInterface({ input: process.stdin });
  input.on('line', (line) => {
    let cmd: { cmd?: unknown; on?: unknown; rate?: unknown };
    try {
      cmd = JSON.parse(line) as { cmd?: unknown; on?: unknown; rate?: unknown };
    } catch {
      process.stderr.write(`ignored stdin line: ${line.slice(0, 80)}\n`);
      return;
    }
    switch (cmd.cmd) {
      case 'churn':
        fleet.churn = cmd.on === true;
        break;
      case 'activate':
        fleet.activate(typeof cmd.rate === 'number' && cmd.rate > 0 ? cmd.rate : undefined);
        break;
      case 'dump':
        emit(buildDump(options.id, fleet));
        break;
      case 'report':
        report();
        break;
      case 'stop':
        stop(0);
        return;
      default:
        process.stderr.write(`unknown command: ${String(cmd.cmd)}\n`);
        return;
    }
    emit({ type: 'ack', sim: options.id, cmd: String(cmd.cmd) });
  });
  input.on('close', () => stop(0));
}

fleet.start();
