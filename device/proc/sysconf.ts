// Kernel constants needed to read /proc: clock ticks per second (for start time and CPU
// time) and the page size (for RSS). Node has no sysconf(), so ask getconf(1) once; the
// fallbacks are the Linux defaults, but note Raspberry Pi 5 kernels use 16 KiB pages.
import { execFileSync } from 'node:child_process';

let ticks: number | undefined;
let page: number | undefined;

function getconf(name: string, fallback: number): number {
  try {
    const value = Number(execFileSync('getconf', [name], { encoding: 'utf8', timeout: 2000 }).trim());
    return Number.isInteger(value) && value > 0 ? value : fallback;
  } catch {
    return fallback;
  }
}

export function clockTicksPerSecond(): number {
  ticks ??= getconf('CLK_TCK', 100);
  return ticks;
}

export function pageSize(): number {
  page ??= getconf('PAGESIZE', 4096);
  return page;
}
