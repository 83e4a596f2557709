// PM2 is a peer we compare with, not a dependency of the project: it is installed on demand,
// at a pinned version, into bench/.peers/ (git-ignored), and only ever run from there with
// its own PM2_HOME — a PM2 the machine may have globally is never touched.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Latest PM2 on the registry when this bench was written; installs here with npm 11. */
export const PM2_VERSION = '7.0.4';
const PEERS_DIR = fileURLToPath(new URL('../.peers', import.meta.url));
const PM2_DIR = join(PEERS_DIR, 'node_modules', 'pm2');

function installedVersion(): string | undefined {
  const manifest = join(PM2_DIR, 'package.json');
  if (!existsSync(manifest)) return undefined;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
}

/** Returns the directory of the pinned PM2 package, installing it first when needed. */
export function ensurePm2(): string {
  if (installedVersion() === PM2_VERSION) return PM2_DIR;
  console.log(`installing pm2@${PM2_VERSION} into ${PEERS_DIR} …`);
  const npm = spawnSync(
    'npm',
    ['install', '--prefix', PEERS_DIR, `pm2@${PM2_VERSION}`, '--save-exact', '--no-audit', '--no-fund'],
    { stdio: 'inherit', timeout: 300_000 },
  );
  if (npm.status !== 0 || installedVersion() !== PM2_VERSION) {
    throw new Error(`could not install pm2@${PM2_VERSION} into ${PEERS_DIR} (npm exit ${npm.status})`);
  }
  return PM2_DIR;
}
