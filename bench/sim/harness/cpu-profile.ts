// Reads a V8 .cpuprofile (the controller run with `node --cpu-prof`, scenario option
// --profile) and sums self time per function, so a step's report can say where the
// controller's CPU went without opening DevTools.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  function: string;
  where: string;
  self_percent: number;
}

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** Self time by function (top `limit`), over every .cpuprofile in `dir`. */
export function hotFunctions(dir: string, limit = 15): HotFunction[] {
  const self = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      if (!frame) return;
      const dt = profile.timeDeltas[i] ?? 0;
      total += dt;
      const url = frame.url.replace(/^file:\/\//, '');
      const where = url ? `${url.startsWith(REPO) ? relative(REPO, url) : url}:${frame.lineNumber + 1}` : '';
      const key = `${frame.functionName || '(anonymous)'}\t${where}`;
      self.set(key, (self.get(key) ?? 0) + dt);
    });
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, t]) => {
      const [fn = '', where = ''] = key.split('\t');
      return { function: fn, where, self_percent: Math.round((t / Math.max(1, total)) * 1000) / 10 };
    });
}
