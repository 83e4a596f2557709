// Smoke run of the broker benchmark's parts (bench/broker/): our broker in its own process,
// the raw-socket generator in another, one short QoS 1 fan-in into a persistent session and
// one latency phase. Checks that the generator counts what the broker delivered and that
// nothing acknowledged is lost — not performance.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { GeneratorResult } from '../../bench/broker/generator.ts';
import { type RunningBroker, startBroker } from '../../bench/broker/peers.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
let broker: RunningBroker | undefined;

afterEach(async () => {
  await broker?.stop();
  broker = undefined;
});

function generate(port: number, args: string[]): Promise<GeneratorResult> {
  const child = spawn(
    'node_modules/.bin/tsx',
    [
      'bench/broker/generator.ts',
      '--url',
      `mqtt://127.0.0.1:${port}`,
      '--publishers',
      '5',
      '--seconds',
      '1',
      ...args,
    ],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.includes('"mode"'));
      if (code !== 0 || !line) reject(new Error(`generator exited ${code}: ${err.slice(-2000)}`));
      else resolve(JSON.parse(line) as GeneratorResult);
    });
  });
}

describe('broker benchmark parts', () => {
  it('fans QoS 1 into a persistent session through our broker with nothing lost, and times 100 msg/s', async () => {
    broker = await startBroker('ours');
    const throughput = await generate(broker.port, ['--qos', '1', '--mode', 'throughput']);
    expect(throughput.delivered).toBeGreaterThan(100);
    expect(throughput.lost).toBe(0);
    expect(throughput.delivered_total).toBe(throughput.acked_total);
    const latency = await generate(broker.port, ['--qos', '0', '--mode', 'latency', '--rate', '100']);
    expect(latency.latency_ms.samples).toBeGreaterThan(50);
    expect(latency.lost).toBe(0);
  }, 60_000);
});
