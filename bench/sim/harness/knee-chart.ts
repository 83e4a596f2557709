// The fleet ladder as an SVG chart (no dependency): status → live-feed p99 and controller RSS
// against the number of devices, with the p99 limit and the knee marked. With several
// brokers (`--broker embedded,mosquitto`) one line per broker, RSS as controller + broker
// process, and a third panel for their CPU.
import type { BrokerKind, StepResult } from './step-result.ts';
import { P99_LIMIT_MS } from './step-result.ts';

interface Series {
  kind: BrokerKind;
  values: Array<number | null>;
  knee: number | null;
}

interface Panel {
  title: string;
  unit: string;
  series: Series[];
  limit?: number;
}

const COLOURS: Record<BrokerKind, string> = { embedded: '#06c', mosquitto: '#c60' };

const W = 360;
const H = 240;
const PAD = { l: 56, r: 16, t: 28, b: 40 };

function panel(x0: number, p: Panel, ns: number[]): string {
  const max = Math.max(p.limit ?? 0, ...p.series.flatMap((s) => s.values.map((v) => v ?? 0))) * 1.15 || 1;
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
  ns.forEach((n, i) => {
    out.push(`<text x="${px(i)}" y="${H - PAD.b + 14}" text-anchor="middle" font-size="10">${n}</text>`);
  });
  for (const series of p.series) {
    const colour = COLOURS[series.kind];
    const pts = series.values
      .map((v, i) => (v === null ? null : `${px(i)},${py(v)}`))
      .filter((s) => s !== null);
    if (pts.length > 1)
      out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    series.values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      out.push(
        ns[i] === series.knee
          ? `<circle cx="${px(i)}" cy="${py(v)}" r="5" fill="${colour}" stroke="#090" stroke-width="2.5"/>`
          : `<circle cx="${px(i)}" cy="${py(v)}" r="3.5" fill="${colour}"/>`,
        `<text x="${px(i)}" y="${py(v) - 7}" text-anchor="middle" font-size="10" fill="${colour}">${Math.round(v)}</text>`,
      );
    });
  }
  out.push(`<text x="${x0 + W / 2}" y="${H - 6}" text-anchor="middle" font-size="10">devices</text>`);
  return out.join('\n');
}

export function kneeChart(
  steps: readonly StepResult[],
  knees: Partial<Record<BrokerKind, number | null>>,
): string {
  const ns = [...new Set(steps.map((s) => s.devices))].sort((a, b) => a - b);
  const kinds = Object.keys(knees) as BrokerKind[];
  const multi = kinds.length > 1;
  const series = (f: (s: StepResult) => number | null): Series[] =>
    kinds.map((kind) => ({
      kind,
      knee: knees[kind] ?? null,
      values: ns.map((n) => {
        const step = steps.find((s) => s.devices === n && s.broker.kind === kind);
        return step ? f(step) : null;
      }),
    }));
  const total = (a: number | null, b: number | null) => (a === null ? null : a + (b ?? 0));
  const panels: Panel[] = [
    {
      title: 'status → live feed p99',
      unit: 'ms',
      series: series((s) => s.latency_ms.p99),
      limit: P99_LIMIT_MS,
    },
    {
      title: multi ? 'RSS max: controller + broker' : 'controller RSS (max)',
      unit: 'MB',
      series: series((s) => total(s.controller.rss_max_mb, s.broker.rss_max_mb)),
      limit: 1536,
    },
    ...(multi
      ? [
          {
            title: 'CPU mean: controller + broker',
            unit: '% of one core',
            series: series((s) => total(s.controller.cpu_mean_percent, s.broker.cpu_mean_percent)),
          },
        ]
      : []),
  ];
  const body = panels.map((p, i) => panel(i * W, p, ns)).join('\n');
  const kneeText = kinds.map((k) => `${multi ? `${k} ` : ''}${knees[k] ?? 'none'}`).join(', ');
  const legend = multi
    ? kinds
        .map(
          (k, i) =>
            `<rect x="${W * panels.length - 190 + i * 95}" y="${H + 6}" width="10" height="10" fill="${COLOURS[k]}"/><text x="${W * panels.length - 176 + i * 95}" y="${H + 15}" font-size="10">${k}</text>`,
        )
        .join('\n')
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W * panels.length}" height="${H + 20}" font-family="sans-serif" font-size="12">
<title>fleet benchmark: status → live feed p99 and ${multi ? 'controller + broker RSS and CPU' : 'controller RSS'} against simulated devices; knee ${kneeText}</title>
<rect width="100%" height="100%" fill="#fff"/>
${body}
${legend}
<text x="8" y="${H + 14}" font-size="10">knee (0 loss, p99 ≤ ${P99_LIMIT_MS} ms): ${kneeText} devices — green ring; steps that failed are drawn too, without the ring</text>
</svg>
`;
}
