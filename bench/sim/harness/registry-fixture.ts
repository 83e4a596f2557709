// Registers simulated devices for a benchmark before the controller starts on the same data
// dir. DeviceRegistry.add() hashes a fresh random password per device (~60 ms of scrypt
// each, minutes for 10,000), which would spend the benchmark's time budget on enrollment
// rather than ingest. So the fixture hashes ONE password once and stores it for every
// device, in the registry's own record format; with scrypt each device still costs one scrypt
// at its first CONNECT (the verify cache is per device), so cold-connect times stay honest.
// With `sha256` (controller.yaml device_password_hash) the record holds the fast format.
// The format is proven, not assumed: a real DeviceRegistry must accept a sample device's
// password, and list every device, before the fixture returns.
import { open } from 'lmdb';
import { pino } from 'pino';
import { DeviceRegistry } from '../../../controller/registry/device-registry.ts';
import {
  generatePassword,
  hashPassword,
  hashPasswordFast,
} from '../../../controller/registry/password-hash.ts';

/** The registry's sub-database and record shape (controller/registry/device-registry.ts). */
const DB_NAME = 'registry_devices';

interface DeviceRecord {
  name: string;
  created_ms: number;
  tags: string[];
  credentials_rotated_ms: number;
  password_hash: string;
}

export interface Fixture {
  password: string;
  registered: number;
  ms: number;
}

/** `registryDir` is <data_dir>/registry, exactly as the controller opens it. */
export async function registerFixture(
  registryDir: string,
  names: readonly string[],
  kind: 'scrypt' | 'sha256' = 'scrypt',
): Promise<Fixture> {
  const started = performance.now();
  const password = generatePassword();
  const password_hash = kind === 'sha256' ? hashPasswordFast(password) : await hashPassword(password);
  const root = open({ path: registryDir, maxDbs: 4 });
  try {
    const db = root.openDB<DeviceRecord, string>({ name: DB_NAME });
    const now = Date.now();
    await db.transaction(() => {
      for (const name of names) {
        db.put(name, { name, created_ms: now, tags: ['sim'], credentials_rotated_ms: now, password_hash });
      }
    });
    const registry = new DeviceRegistry({ root, logger: pino({ level: 'silent' }), passwordHash: kind });
    const sample = names[names.length - 1];
    if (sample === undefined) throw new Error('no devices to register');
    if (!(await registry.verify(sample, password))) {
      throw new Error('the registry refuses the fixture password: its record format changed');
    }
    const listed = registry.list().length;
    if (listed < names.length) throw new Error(`the registry lists ${listed} of ${names.length} devices`);
    return { password, registered: names.length, ms: performance.now() - started };
  } finally {
    await root.close();
  }
}
