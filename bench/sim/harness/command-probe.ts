// Command round trips through a loaded controller: an operator requester (CommandClient
// over MQTT.js with TCP_NODELAY, as mctl does) sends `list` to simulated devices — a
// different device each time — one at a time, through the controller's embedded broker,
// and times command → reply. Used by the fleet steps (bench/sim/harness/ingest-step.ts)
// and the `command` scenario at the fleet knee.
import { Socket } from 'node:net';
import { connectAsync } from 'mqtt';
import { CommandClient } from '../../../proto/command-client.ts';
import { percentile, round } from '../../stats.ts';

export interface CommandProbeResult {
  count: number;
  failed: number;
  p50_ms: number | null;
  p90_ms: number | null;
  p99_ms: number | null;
  max_ms: number | null;
}

export async function probeCommands(opts: {
  mqttUrl: string;
  token: string;
  devices: readonly string[];
  count: number;
  /** Stop early at this time (ms since epoch): the probe never outlasts its window. */
  until: number;
}): Promise<CommandProbeResult> {
  const clientId = `bench-cmd-${process.pid}-${Date.now().toString(36)}`;
  const client = await connectAsync(opts.mqttUrl, {
    protocolVersion: 4,
    clientId,
    username: 'operator',
    password: opts.token,
    reconnectPeriod: 0,
    connectTimeout: 30_000,
  });
  if (client.stream instanceof Socket) client.stream.setNoDelay(true);
  const commands = new CommandClient({ client, replyName: clientId, issuer: 'bench' });
  await commands.start();
  const times: number[] = [];
  let failed = 0;
  try {
    for (let i = 0; i < opts.count && Date.now() < opts.until; i++) {
      const device = opts.devices[(i * 7919) % opts.devices.length] as string;
      const t0 = performance.now();
      try {
        const reply = await commands.send(device, { list: {} }, { timeoutMs: 5000 });
        if (reply.ok) times.push(performance.now() - t0);
        else failed += 1;
      } catch {
        failed += 1;
      }
    }
  } finally {
    await commands.stop();
    await client.endAsync();
  }
  const p = (q: number) => (times.length ? round(percentile(times, q), 2) : null);
  return {
    count: times.length,
    failed,
    p50_ms: p(50),
    p90_ms: p(90),
    p99_ms: p(99),
    max_ms: times.length ? round(Math.max(...times), 2) : null,
  };
}
