// The kernel's random boot id. Process start times count from boot, so a (pid, start time)
// pair stored before a reboot could match an unrelated process after it; storing the boot
// id with the pair rules that out.
import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function bootId(): string {
  if (cached === undefined) {
    try {
      cached = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      // Without the file every boot looks the same; start time + pid still guard the common case.
      cached = 'unknown';
    }
  }
  return cached;
}
