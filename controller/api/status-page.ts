// The plain HTML page served at / until the dashboard is built: device counts by health and
// links to the API, so a browser pointed at the controller shows something useful. No
// scripts, no styles from elsewhere; device data is not on it (reads may need a token).
import type { Health } from '../store/types.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function statusPage(opts: {
  version: string;
  counts: Record<Health, number> & { total: number };
}): string {
  const rows = (['online', 'stale', 'offline', 'unknown'] as const)
    .map((health) => `<tr><th>${health}</th><td>${opts.counts[health]}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Master Control</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:40rem}th{text-align:left;padding-right:2rem}</style>
</head>
<body>
<h1>Master Control</h1>
<p>Controller ${escapeHtml(opts.version)} — ${opts.counts.total} device(s).</p>
<table>${rows}</table>
<ul>
<li><a href="/api/fleet/clients">/api/fleet/clients</a> — fleet overview (JSON)</li>
<li><a href="/metrics">/metrics</a> — Prometheus metrics</li>
<li><a href="/api/openapi.json">/api/openapi.json</a> — API description</li>
</ul>
</body>
</html>
`;
}
