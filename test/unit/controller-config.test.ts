import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controllerConfigFrom, loadControllerConfig } from '../../controller/config/load.ts';
import { McError } from '../../proto/errors.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-ctlcfg-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('controller config', () => {
  it('loads the example controller.yaml', async () => {
    const config = await loadControllerConfig(
      new URL('../../configs/controller.yaml', import.meta.url).pathname,
    );
    expect(config).toMatchObject({
      port: 8080,
      read_auth: 'token',
      broker: { mqtt_port: 1883, websocket: true },
    });
    rmSync(config.data_dir, { recursive: true, force: true });
  });

  it('generates the operator token once, keeps it 0600 in the data dir, and reuses it', async () => {
    const file = join(dir, 'controller.yaml');
    writeFileSync(file, 'data_dir: data\n');
    const first = await loadControllerConfig(file);
    expect(first.token_source).toBe('generated');
    expect(first.api_token.length).toBeGreaterThanOrEqual(16);
    expect(statSync(join(dir, 'data', 'api-token')).mode & 0o777).toBe(0o600);
    const second = await loadControllerConfig(file);
    expect(second).toMatchObject({ token_source: 'data_dir', api_token: first.api_token });
  });

  it('names file, line and field of a bad value, and rejects unknown fields', async () => {
    const file = join(dir, 'controller.yaml');
    writeFileSync(file, 'port: 8080\nbroker:\n  mqtt_port: 99999\n  colour: red\n');
    const err = await loadControllerConfig(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McError);
    expect((err as McError).code).toBe('MC_ERR_CONFIG');
    expect((err as McError).message).toMatch(/controller\.yaml:3:\d+ broker\.mqtt_port/);
    expect((err as McError).message).toMatch(/controller\.yaml:4:\d+ broker\.colour/);
  });

  it('reads the token from a file and refuses a short one', async () => {
    writeFileSync(join(dir, 'token'), 'short\n');
    expect(() => controllerConfigFrom({ api_token_file: 'token' }, dir)).toThrow(/at least 16/);
    writeFileSync(join(dir, 'token'), 'a-long-enough-operator-token\n');
    expect(controllerConfigFrom({ api_token_file: 'token' }, dir)).toMatchObject({
      token_source: 'file',
      api_token: 'a-long-enough-operator-token',
    });
    expect(readFileSync(join(dir, 'token'), 'utf8')).toContain('operator');
  });
});
