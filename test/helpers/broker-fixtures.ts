// Fixtures for broker tests: temp dirs, an in-process broker on ephemeral ports, a quiet
// logger (MC_TEST_LOG=debug shows it), and a self-signed certificate made by openssl.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Logger, pino } from 'pino';
import { type Broker, type BrokerAddresses, type BrokerOptions, createBroker } from '../../broker/broker.ts';
import type { Teardown } from './broker-teardown.ts';

export function testLogger(): Logger {
  return pino({ level: process.env.MC_TEST_LOG ?? 'silent' }, pino.destination(2));
}

export async function makeTempDir(teardown: Teardown, prefix = 'mc-broker-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  teardown.add(`temp dir ${dir}`, () => rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function startTestBroker(
  teardown: Teardown,
  opts: Partial<BrokerOptions> = {},
): Promise<{ broker: Broker; addresses: BrokerAddresses; mqttUrl: string }> {
  const broker = createBroker({ tcp: { host: '127.0.0.1', port: 0 }, logger: testLogger(), ...opts });
  teardown.add('broker', () => broker.stop());
  const addresses = await broker.start();
  return { broker, addresses, mqttUrl: addresses.mqtt ?? '' };
}

export interface SelfSignedCert {
  cert: string;
  key: string;
}

/** An EC P-256 certificate for 127.0.0.1, valid one day; it is its own CA. */
export async function makeSelfSignedCert(dir: string): Promise<SelfSignedCert> {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  return { cert, key };
}
