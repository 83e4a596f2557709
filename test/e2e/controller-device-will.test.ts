// A device daemon killed with SIGKILL is offline on the controller at once: its Last Will
// reaches the fleet store and is not mistaken for a late copy of an older connection's will.
import { describe, expect, it } from 'vitest';
import { controllerConfigFrom } from '../../controller/config/load.ts';
import { Controller } from '../../controller/controller.ts';
import { makeTempDir, testLogger } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { daemonFixture } from '../helpers/fleet-daemon.ts';

const teardown = teardownEach();

describe('controller and a real device daemon', () => {
  it('shows the device offline (not merely stale) right after its daemon is SIGKILLed', async () => {
    const dir = await makeTempDir(teardown, 'mc-will-');
    // stale_after far beyond the test: only the will can make the device leave 'online'.
    const config = controllerConfigFrom(
      { port: 0, data_dir: 'data', stale_after: 300, broker: { mqtt_port: 0 } },
      dir,
    );
    const controller = new Controller({ config, logger: testLogger(), version: 'test' });
    teardown.add('controller', () => controller.stop());
    const { mqtt } = await controller.start();
    const creds = await controller.registry?.add('will-1', { brokerUrls: [mqtt as string] });
    const fixture = daemonFixture(teardown, {
      device: 'will-1',
      brokerUrl: mqtt as string,
      workloads: ['svc'],
      fleet: `  username: will-1\n  password: ${creds?.password}`,
    });
    const daemon = await fixture.up();
    await expect.poll(() => controller.store?.device('will-1')?.health, { timeout: 10_000 }).toBe('online');

    await daemon.kill('SIGKILL');
    const killedAt = Date.now();
    await expect.poll(() => controller.store?.device('will-1')?.health, { timeout: 5_000 }).toBe('offline');
    expect(Date.now() - killedAt).toBeLessThan(5_000);
  });
});
