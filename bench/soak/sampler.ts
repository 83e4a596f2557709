// What the soak samples from outside the processes it watches (so sampling costs them
// nothing): RSS from /proc/<pid>/statm, open file descriptors as entries of /proc/<pid>/fd,
// and disk use of directories (LMDB files apart from the rest). Plus the drift statistics
// of the end report: start / end / max, drift after the warm-up, and a least-squares slope
// extrapolated to an hour (a 30 min run says more with the slope than with two points).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_BYTES = 4096;

export function rssBytes(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return null;
  }
}

/** RssAnon of /proc/<pid>/status: RSS without file-backed pages (LMDB maps, the node binary). */
export function rssAnonBytes(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^RssAnon:\s+(\d+) kB/m);
    return line ? Number(line[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function openFds(pid: number): number | null {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return null;
  }
}

export interface DirSize {
  /** Apparent size of LMDB files (*.mdb) under the directory. */
  lmdb_bytes: number;
  /** Apparent size of every file under the directory (LMDB included). */
  total_bytes: number;
  /** Blocks allocated on disk for every file (LMDB maps are sparse until written). */
  disk_bytes: number;
  files: number;
}

export function dirSize(dir: string): DirSize {
  const out: DirSize = { lmdb_bytes: 0, total_bytes: 0, disk_bytes: 0, files: 0 };
  const walk = (d: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        walk(p);
      } else if (e.isFile()) {
        try {
          const st = statSync(p);
          out.total_bytes += st.size;
          out.disk_bytes += st.blocks * 512;
          out.files += 1;
          if (e.name.endsWith('.mdb')) out.lmdb_bytes += st.size;
        } catch {
          // rotated away meanwhile
        }
      }
    }
  };
  walk(dir);
  return out;
}

export interface Series {
  start: number | null;
  /** First value at or after the warm-up. */
  after_warmup: number | null;
  end: number | null;
  min: number | null;
  max: number | null;
  /** (end − after_warmup) / after_warmup, in %. */
  drift_percent: number | null;
  /** Least-squares slope after the warm-up, as % of after_warmup per hour. */
  slope_percent_per_h: number | null;
}

/** `points` as [seconds since the soak began, value]; nulls (process gone) are skipped. */
export function series(points: ReadonlyArray<[number, number | null]>, warmupS: number): Series {
  const valid = points.filter((p): p is [number, number] => p[1] !== null);
  const after = valid.filter(([t]) => t >= warmupS);
  const values = valid.map(([, v]) => v);
  const base = after[0]?.[1] ?? null;
  const end = valid.at(-1)?.[1] ?? null;
  let slope: number | null = null;
  if (after.length >= 3 && base) {
    const n = after.length;
    const mt = after.reduce((s, [t]) => s + t, 0) / n;
    const mv = after.reduce((s, [, v]) => s + v, 0) / n;
    const num = after.reduce((s, [t, v]) => s + (t - mt) * (v - mv), 0);
    const den = after.reduce((s, [t]) => s + (t - mt) ** 2, 0);
    if (den > 0) slope = ((num / den) * 3600 * 100) / base;
  }
  return {
    start: valid[0]?.[1] ?? null,
    after_warmup: base,
    end,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    drift_percent: base && end !== null ? ((end - base) / base) * 100 : null,
    slope_percent_per_h: slope,
  };
}
