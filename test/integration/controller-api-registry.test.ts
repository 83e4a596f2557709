// The device registry over HTTP: registering gives credentials that work (once shown, only
// hashed after), listing, rotating and removing — with the fleet views kept in step.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { AUTH, startController } from '../helpers/controller-api-harness.ts';
import { SimDevice } from '../helpers/controller-sim-device.ts';

const teardown = teardownEach();

describe('device registry routes', () => {
  it('registers a device: 201 with its password and a fleet block that names the broker', async () => {
    const ctl = await startController(teardown);
    const res = await ctl.app.inject({
      method: 'POST',
      url: '/api/devices',
      headers: AUTH,
      payload: { name: 'edge-1', tags: ['lab'] },
    });
    expect(res.statusCode).toBe(201);
    const creds = res.json();
    expect(creds).toMatchObject({ name: 'edge-1', username: 'edge-1' });
    expect(await ctl.registry.verify('edge-1', creds.password)).toBe(true);
    const block = parse(creds.fleet_yaml);
    expect(block).toMatchObject({
      device_name: 'edge-1',
      fleet: { broker_url: ctl.mqttUrl, username: 'edge-1', password: creds.password, tags: ['lab'] },
    });

    // Listed in the registry and in the fleet overview before it ever connects.
    const list = await ctl.app.inject({ url: '/api/devices' });
    expect(list.json()).toEqual([
      expect.objectContaining({ name: 'edge-1', tags: ['lab'], health: 'unknown' }),
    ]);
    expect(list.json()[0]).not.toHaveProperty('password');
    const clients = await ctl.app.inject({ url: '/api/fleet/clients' });
    expect(clients.json()).toEqual([expect.objectContaining({ name: 'edge-1', health: 'unknown' })]);
    const detail = await ctl.app.inject({ url: '/api/fleet/clients/edge-1' });
    expect(detail.json().device).toMatchObject({ name: 'edge-1', health: 'unknown', workloads: [] });
  });

  it('refuses a duplicate (409), a reserved or malformed name (400) and unknown fields (400)', async () => {
    const ctl = await startController(teardown);
    const add = (payload: object) =>
      ctl.app.inject({ method: 'POST', url: '/api/devices', headers: AUTH, payload });
    expect((await add({ name: 'edge-1' })).statusCode).toBe(201);
    const duplicate = await add({ name: 'edge-1' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('MC_ERR_CONFLICT');
    const reserved = await add({ name: 'reply' });
    expect(reserved.statusCode).toBe(400);
    expect(reserved.json().error.code).toBe('MC_ERR_INVALID_NAME');
    const malformed = await add({ name: 'Edge 1' });
    expect(malformed.json().error.code).toBe('MC_ERR_INVALID_NAME');
    const extra = await add({ name: 'edge-2', password: 'mine' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.code).toBe('MC_ERR_INVALID_ARGUMENT');
    const noToken = await ctl.app.inject({
      method: 'POST',
      url: '/api/devices',
      payload: { name: 'edge-3' },
    });
    expect(noToken.statusCode).toBe(401);
    expect(ctl.registry.list().map((d) => d.name)).toEqual(['edge-1']);
  });

  it('rotates credentials: the new password works, the old one no longer does', async () => {
    const ctl = await startController(teardown);
    const first = (
      await ctl.app.inject({
        method: 'POST',
        url: '/api/devices',
        headers: AUTH,
        payload: { name: 'edge-1' },
      })
    ).json();
    const res = await ctl.app.inject({ method: 'POST', url: '/api/devices/edge-1/rotate', headers: AUTH });
    expect(res.statusCode).toBe(200);
    const second = res.json();
    expect(second.password).not.toBe(first.password);
    expect(await ctl.registry.verify('edge-1', second.password)).toBe(true);
    expect(await ctl.registry.verify('edge-1', first.password)).toBe(false);
    const unknown = await ctl.app.inject({ method: 'POST', url: '/api/devices/ghost/rotate', headers: AUTH });
    expect(unknown.statusCode).toBe(404);
  });

  it('removes a device from the registry and from the fleet store', async () => {
    const ctl = await startController(teardown);
    await ctl.app.inject({ method: 'POST', url: '/api/devices', headers: AUTH, payload: { name: 'pump-1' } });
    await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    await waitFor('pump-1 in the store', () => ctl.store.device('pump-1')?.health === 'online');

    const res = await ctl.app.inject({ method: 'DELETE', url: '/api/devices/pump-1', headers: AUTH });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ name: 'pump-1', unregistered: true, forgotten: true });
    expect(ctl.registry.get('pump-1')).toBeUndefined();
    expect(ctl.store.device('pump-1')).toBeUndefined();
    expect((await ctl.app.inject({ url: '/api/fleet/clients/pump-1' })).statusCode).toBe(404);

    const again = await ctl.app.inject({ method: 'DELETE', url: '/api/devices/pump-1', headers: AUTH });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('MC_ERR_NOT_FOUND');
  });
});
