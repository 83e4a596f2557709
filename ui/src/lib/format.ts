// Numbers and times the way the dashboard shows them: short, with units, and a dash for
// what is not known (null) rather than a misleading zero.
const DASH = '—';

export function percent(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? DASH
    : `${value.toFixed(digits)}%`;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function bytes(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return DASH;
  let v = value;
  let unit = 0;
  while (v >= 1024 && unit < UNITS.length - 1) {
    v /= 1024;
    unit++;
  }
  return `${v >= 100 || unit === 0 ? v.toFixed(0) : v.toFixed(1)} ${UNITS[unit]}`;
}

/** A duration in the largest two units: `3 d 4 h`, `5 min 2 s`, `800 ms`. */
export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return DASH;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h${m % 60 ? ` ${m % 60} min` : ''}`;
  const d = Math.floor(h / 24);
  return `${d} d${h % 24 ? ` ${h % 24} h` : ''}`;
}

/** `12 s ago`; `just now` under a second; a dash for no time. Clock skew never shows as "in 3 s". */
export function ago(ms: number | null | undefined, now: number): string {
  if (ms === null || ms === undefined || ms <= 0) return DASH;
  const diff = Math.max(0, now - ms);
  return diff < 1000 ? 'just now' : `${duration(diff)} ago`;
}

export function clockTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || ms <= 0) return DASH;
  return new Date(ms).toLocaleTimeString(undefined, { hour12: false });
}

export function dateTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || ms <= 0) return DASH;
  return new Date(ms).toLocaleString(undefined, { hour12: false });
}
