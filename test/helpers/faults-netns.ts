// Network namespaces for partition tests (root only): each device gets its own namespace
// joined to the host by a veth pair on a /30 of 10.231.0.0/16 and a default route to the
// host end, so it reaches any host address (the broker listens on the first pair's host
// end). A link can be cut (host end down: the device's carrier drops, nothing passes),
// healed, or shaped with tc. Everything made here is deleted at teardown.
import { execFileSync } from 'node:child_process';
import type { Teardown } from './broker-teardown.ts';

export interface NetnsLink {
  netns: string;
  hostIf: string;
  hostIp: string;
  deviceIp: string;
  cut(): void;
  heal(): void;
  /** Shapes both directions; returns what was applied (netem if the kernel has it, else tbf). */
  shape(): string;
}

function ip(args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function tc(netns: string | undefined, args: string[]): void {
  if (netns)
    execFileSync('ip', ['netns', 'exec', netns, 'tc', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  else execFileSync('tc', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Why namespaces cannot be used here, or null when they can (probed once with a throwaway pair). */
export function netnsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'not root';
  const probe = `mcf-probe-${process.pid}`;
  try {
    ip(['netns', 'add', probe]);
    ip(['netns', 'del', probe]);
    return null;
  } catch (err) {
    return `ip netns add failed: ${String((err as { stderr?: Buffer }).stderr ?? err).trim()}`;
  }
}

let subnet = 0;

export function netnsLink(teardown: Teardown, tag: string): NetnsLink {
  // Distinct per worker process and per link: parallel test files must not collide.
  const n = (process.pid % 200) + 1;
  const k = ++subnet;
  const netns = `mcf-${process.pid}-${k}`;
  const hostIf = `mcfh${process.pid % 100000}${k}`.slice(0, 15);
  const devIf = `mcfd${process.pid % 100000}${k}`.slice(0, 15);
  const hostIp = `10.231.${n}.${4 * k + 1}`;
  const deviceIp = `10.231.${n}.${4 * k + 2}`;
  ip(['netns', 'add', netns]);
  teardown.add(`netns ${netns} (${tag})`, () => {
    try {
      ip(['link', 'del', hostIf]);
    } catch {
      // gone with the namespace
    }
    ip(['netns', 'del', netns]);
  });
  ip(['link', 'add', hostIf, 'type', 'veth', 'peer', 'name', devIf]);
  ip(['link', 'set', devIf, 'netns', netns]);
  ip(['addr', 'add', `${hostIp}/30`, 'dev', hostIf]);
  ip(['link', 'set', hostIf, 'up']);
  const inNs = (args: string[]) => ip(['netns', 'exec', netns, 'ip', ...args]);
  inNs(['addr', 'add', `${deviceIp}/30`, 'dev', devIf]);
  inNs(['link', 'set', devIf, 'up']);
  inNs(['link', 'set', 'lo', 'up']);
  inNs(['route', 'add', 'default', 'via', hostIp]);
  return {
    netns,
    hostIf,
    hostIp,
    deviceIp,
    cut: () => ip(['link', 'set', hostIf, 'down']),
    heal: () => ip(['link', 'set', hostIf, 'up']),
    shape() {
      try {
        tc(netns, ['qdisc', 'add', 'dev', devIf, 'root', 'netem', 'delay', '80ms', '20ms', 'loss', '2%']);
        tc(undefined, [
          'qdisc',
          'add',
          'dev',
          hostIf,
          'root',
          'netem',
          'delay',
          '80ms',
          '20ms',
          'loss',
          '2%',
          'rate',
          '512kbit',
        ]);
        return 'netem delay 80±20 ms, loss 2 %, 512 kbit/s';
      } catch (err) {
        // This VM's kernel has no sch_netem ("Specified qdisc kind is unknown"): a token bucket
        // still makes the link slow (rate) and its queue adds delay, but it cannot drop at random.
        console.warn(
          `faults: tc netem refused (${String((err as { stderr?: Buffer }).stderr ?? err).trim()}); shaping with tbf (rate + queueing delay, no random loss)`,
        );
        for (const [ns, dev] of [
          [netns, devIf],
          [undefined, hostIf],
        ] as const) {
          tc(ns, [
            'qdisc',
            'add',
            'dev',
            dev,
            'root',
            'tbf',
            'rate',
            '512kbit',
            'burst',
            '4kb',
            'latency',
            '300ms',
          ]);
        }
        return 'tbf 512 kbit/s, burst 4 KiB, queue up to 300 ms';
      }
    },
  };
}
