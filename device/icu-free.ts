// Two standard calls load ICU data pages of the node binary into the daemon's memory for the
// rest of its life: the first String.prototype.localeCompare (ICU's collation tables, ~3 MB
// RSS) and the first Date.prototype.toISOString (V8 sets up its time zone through ICU,
// ~0.8 MB). The daemon made both at every start (sorting its workload list, writing log
// markers). These give the same answers for the daemon's inputs without touching ICU.
// Measured with /proc/<pid>/pagemap against the node binary's symbols (docs/benchmarks.md, device).

/** ICU's root collation order of the characters a workload name may hold ([a-z0-9_-]). */
const NAME_ORDER = '_-0123456789abcdefghijklmnopqrstuvwxyz';

function rank(code: number): number {
  const r = NAME_ORDER.indexOf(String.fromCharCode(code));
  // Not a name character (names are validated): after all of them, by code point.
  return r >= 0 ? r : NAME_ORDER.length + code;
}

/** Orders workload names as `a.localeCompare(b)` does ('_' < '-' < digits < letters). */
export function compareNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) return rank(ca) < rank(cb) ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `new Date(ms).toISOString()`, from the UTC getters. */
export function isoTime(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  // Outside 0-9999 (or an invalid time): the rare case keeps the standard call and its error.
  if (!(year >= 0 && year <= 9999)) return d.toISOString();
  return (
    `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}` +
    `.${pad(d.getUTCMilliseconds(), 3)}Z`
  );
}
