// The fleet ladder as an SVG chart (no dependency): status → live-feed p99 and controller RSS
// against the number of devices, with the p99 limit and the knee marked.
import type { StepResult } from './step-result.ts';
import { P99_LIMIT_MS } from './step-result.ts';

interface Panel {
  title: string;
  unit: string;
  values: Array<number | null>;
  limit?: number;
}

const W = 360;
const H = 240;
const PAD = { l: 56, r: 16, t: 28, b: 40 };

function panel(x0: number, p: Panel, ns: number[], knee: number | null): string {
  const max = Math.max(p.limit ?? 0, ...p.values.map((v) => v ?? 0)) * 1.15 || 1;
  const px = (i: number) => x0 + PAD.l + (ns.length === 1 ? 0.5 : i / (ns.length - 1)) * (W - PAD.l - PAD.r);
  const py = (v: number) => PAD.t + (1 - v / max) * (H - PAD.t - PAD.b);
  const out: string[] = [
    `<text x="${x0 + W / 2}" y="16" text-anchor="middle" font-weight="bold">${p.title}</text>`,
    `<line x1="${x0 + PAD.l}" y1="${H - PAD.b}" x2="${x0 + W - PAD.r}" y2="${H - PAD.b}" stroke="#333"/>`,
    `<line x1="${x0 + PAD.l}" y1="${PAD.t}" x2="${x0 + PAD.l}" y2="${H - PAD.b}" stroke="#333"/>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const v = (max / 4) * k;
    out.push(
      `<text x="${x0 + PAD.l - 4}" y="${py(v) + 4}" text-anchor="end" font-size="10">${Math.round(v)}</text>`,
      `<line x1="${x0 + PAD.l}" y1="${py(v)}" x2="${x0 + W - PAD.r}" y2="${py(v)}" stroke="#eee"/>`,
    );
  }
  out.push(
    `<text x="${x0 + 12}" y="${PAD.t + (H - PAD.t - PAD.b) / 2}" font-size="10" transform="rotate(-90 ${x0 + 12} ${PAD.t + (H - PAD.t - PAD.b) / 2})" text-anchor="middle">${p.unit}</text>`,
  );
  if (p.limit !== undefined) {
    out.push(
      `<line x1="${x0 + PAD.l}" y1="${py(p.limit)}" x2="${x0 + W - PAD.r}" y2="${py(p.limit)}" stroke="#c00" stroke-dasharray="4 3"/>`,
      `<text x="${x0 + W - PAD.r}" y="${py(p.limit) - 4}" text-anchor="end" font-size="10" fill="#c00">limit ${p.limit}</text>`,
    );
  }
  const pts = p.values.map((v, i) => (v === null ? null : `${px(i)},${py(v)}`)).filter((s) => s !== null);
  if (pts.length > 1)
    out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="#06c" stroke-width="2"/>`);
  ns.forEach((n, i) => {
    const v = p.values[i];
    out.push(`<text x="${px(i)}" y="${H - PAD.b + 14}" text-anchor="middle" font-size="10">${n}</text>`);
    if (v !== null && v !== undefined) {
      out.push(
        `<circle cx="${px(i)}" cy="${py(v)}" r="3.5" fill="${n === knee ? '#090' : '#06c'}"/>`,
        `<text x="${px(i)}" y="${py(v) - 7}" text-anchor="middle" font-size="10">${Math.round(v)}</text>`,
      );
    }
  });
  out.push(`<text x="${x0 + W / 2}" y="${H - 6}" text-anchor="middle" font-size="10">devices</text>`);
  return out.join('\n');
}

export function kneeChart(steps: readonly StepResult[], knee: number | null): string {
  const ns = steps.map((s) => s.devices);
  const panels: Panel[] = [
    {
      title: 'status → live feed p99',
      unit: 'ms',
      values: steps.map((s) => s.latency_ms.p99),
      limit: P99_LIMIT_MS,
    },
    {
      title: 'controller RSS (max)',
      unit: 'MB',
      values: steps.map((s) => s.controller.rss_max_mb),
      limit: 1536,
    },
  ];
  const body = panels.map((p, i) => panel(i * W, p, ns, knee)).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W * panels.length}" height="${H + 20}" font-family="sans-serif" font-size="12">
<title>fleet benchmark: status → live feed p99 and controller RSS against simulated devices; knee ${knee ?? 'none'}</title>
<rect width="100%" height="100%" fill="#fff"/>
${body}
<text x="8" y="${H + 14}" font-size="10">knee (0 loss, p99 ≤ ${P99_LIMIT_MS} ms): ${knee ?? 'none'} devices — green point; failed steps have no point</text>
</svg>
`;
}
