// Small statistics and reporting helpers shared by the benchmark scenarios.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = fileURLToPath(new URL('./results', import.meta.url));

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Prints rows as an aligned table on stdout. */
export function printTable(title: string, rows: Record<string, string | number>[]): void {
  const first = rows[0];
  if (!first) return;
  const header = Object.keys(first);
  const cells = [header, ...rows.map((r) => header.map((h) => String(r[h] ?? '')))];
  const widths = header.map((_, i) => Math.max(...cells.map((c) => (c[i] ?? '').length)));
  console.log(`\n${title}`);
  for (const c of cells) console.log(c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
}

/** Writes the scenario's result with the machine it ran on to bench/results/<name>-<time>.json. */
export function writeResult(name: string, result: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = {
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model,
    mem_bytes: totalmem(),
    node: process.version,
  };
  writeFileSync(
    file,
    `${JSON.stringify({ scenario: name, at: new Date().toISOString(), machine, result }, null, 2)}\n`,
  );
  return file;
}
