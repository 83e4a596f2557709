// The controller's two deployment modes beyond the plain default: with TLS (HTTPS, mqtts,
// wss from one self-signed certificate) and with an external broker (a real Mosquitto)
// instead of the embedded one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { connectAsync } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { controllerConfigFrom } from '../../controller/config/load.ts';
import { Controller } from '../../controller/controller.ts';
import { makeSelfSignedCert, makeTempDir, testLogger } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { SimDevice } from '../helpers/controller-sim-device.ts';
import { startMosquitto } from '../helpers/mosquitto.ts';

const teardown = teardownEach();

/** GET over HTTPS trusting only `ca`; resolves with status and parsed body. */
function httpsGet(url: string, ca: Buffer): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => {
        text += d.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function startController(input: Record<string, unknown>, dir: string) {
  const config = controllerConfigFrom({ port: 0, data_dir: 'data', read_auth: 'open', ...input }, dir);
  const controller = new Controller({ config, logger: testLogger(), version: 'test' });
  teardown.add('controller', () => controller.stop());
  const addresses = await controller.start();
  return { controller, addresses, token: config.api_token };
}

describe('controller deployment modes', () => {
  it('serves HTTPS, mqtts and wss from one certificate, and a registered device connects over mqtts', async () => {
    const dir = await makeTempDir(teardown, 'mc-ctl-tls-');
    const cert = await makeSelfSignedCert(dir);
    const ca = readFileSync(cert.cert);
    const { controller, addresses } = await startController(
      { tls: { cert: cert.cert, key: cert.key }, broker: { mqtt_port: 0 } },
      dir,
    );
    expect(addresses.http).toMatch(/^https:\/\//);
    expect(addresses.mqtt).toMatch(/^mqtts:\/\//);
    expect(addresses.ws).toMatch(/^wss:\/\//);
    const health = await httpsGet(`${addresses.http}/api/health`, ca);
    expect(health.status).toBe(200);

    const creds = await controller.registry?.add('tls-dev', { brokerUrls: [addresses.mqtt as string] });
    const device = await connectAsync(addresses.mqtt as string, {
      protocolVersion: 4,
      clientId: 'mc-dev-tls-dev',
      username: 'tls-dev',
      password: creds?.password,
      ca,
      reconnectPeriod: 0,
    });
    teardown.add('tls device', () => device.endAsync(true));
    expect(device.connected).toBe(true);
    // A client that does not trust the certificate is refused by TLS itself.
    await expect(
      connectAsync(
        addresses.mqtt as string,
        { protocolVersion: 4, reconnectPeriod: 0, connectTimeout: 3000 },
        false,
      ),
    ).rejects.toThrow(/self[- ]signed|certificate/i);
  });

  it('uses an external broker (Mosquitto) unchanged: fleet state and commands flow through it', async () => {
    const dir = await makeTempDir(teardown, 'mc-ctl-ext-');
    const mosquitto = await startMosquitto(dir);
    teardown.add('mosquitto', () => mosquitto.stop());
    const { controller, addresses, token } = await startController({ broker: { url: mosquitto.url } }, dir);
    expect(addresses.mqtt).toBeUndefined(); // nothing embedded
    const device = await SimDevice.connect(teardown, mosquitto.url, 'ext-1', { workloads: ['pump'] });

    await expect.poll(() => controller.store?.device('ext-1')?.health, { timeout: 10_000 }).toBe('online');
    const res = await fetch(`${addresses.http}/api/fleet/clients/ext-1/workloads/pump/restart`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(device.received).toContain('restart');
  });

  it('serves the dashboard for its deep links, and keeps API and asset misses as 404s', async () => {
    const dir = await makeTempDir(teardown, 'mc-ctl-spa-');
    const ui = join(dir, 'ui');
    mkdirSync(ui);
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>dashboard</title>');
    const config = controllerConfigFrom(
      { port: 0, data_dir: 'data', read_auth: 'open', broker: { mqtt_port: 0 } },
      dir,
    );
    const controller = new Controller({ config, logger: testLogger(), version: 'test', uiDir: ui });
    teardown.add('controller', () => controller.stop());
    const { http } = await controller.start();
    const html = { accept: 'text/html,application/xhtml+xml' };
    const page = await fetch(`${http}/devices/demo-1`, { headers: html });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>dashboard</title>');
    expect((await fetch(`${http}/api/nope`, { headers: html })).status).toBe(404);
    expect((await fetch(`${http}/assets/missing.js`, { headers: html })).status).toBe(404);
    expect((await fetch(`${http}/devices/demo-1`)).status).toBe(404); // not a browser page request
  });
});
