// An SVG chart of median wall time against operation count, log-log, one series per tool and one
// for the floor. Written by hand: a few dozen shapes do not need a plotting library.

import { summary, type InputResult } from './results';

const WIDTH = 760;
const HEIGHT = 440;
const MARGIN = { left: 70, right: 190, top: 30, bottom: 50 };
const COLOURS = ['#d62728', '#1f77b4', '#2ca02c', '#9467bd', '#8c564b'];

interface Point {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

const log = Math.log10;
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function series(results: readonly InputResult[]): { name: string; points: Point[] }[] {
  const names = [...new Set(results.flatMap((r) => r.tools.map((t) => t.tool)))];
  const of = (name: string) =>
    results.flatMap((r) => {
      const m = summary(name === 'floor' ? r.floor : (r.tools.find((t) => t.tool === name)?.runs ?? []));
      return m === null ? [] : [{ x: r.input.operations, y: m.wall, label: r.input.id }];
    });
  return [...names, 'floor'].map((name) => ({ name, points: of(name).sort((a, b) => a.x - b.x) }));
}

function ticks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let p = Math.floor(log(min)); p <= Math.ceil(log(max)); p++) out.push(10 ** p);
  return out;
}

export function svgChart(results: readonly InputResult[]): string {
  const all = series(results);
  const points = all.flatMap((s) => s.points);
  if (points.length === 0) return '<svg xmlns="http://www.w3.org/2000/svg"/>\n';
  const xs = ticks(Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x)));
  const ys = ticks(Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number) => MARGIN.left + ((log(x) - log(xs[0]!)) / (log(xs.at(-1)!) - log(xs[0]!) || 1)) * plotW;
  const py = (y: number) => MARGIN.top + plotH - ((log(y) - log(ys[0]!)) / (log(ys.at(-1)!) - log(ys[0]!) || 1)) * plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${MARGIN.left}" y="18" font-size="14">Median wall time against operations (log-log)</text>`,
  ];
  for (const x of xs) out.push(`<line x1="${px(x)}" y1="${MARGIN.top}" x2="${px(x)}" y2="${MARGIN.top + plotH}" stroke="#ddd"/>`, `<text x="${px(x)}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${x}</text>`);
  for (const y of ys) out.push(`<line x1="${MARGIN.left}" y1="${py(y)}" x2="${MARGIN.left + plotW}" y2="${py(y)}" stroke="#ddd"/>`, `<text x="${MARGIN.left - 8}" y="${py(y) + 4}" text-anchor="end">${y} s</text>`);
  out.push(`<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">operations</text>`);
  all.forEach((s, i) => {
    const colour = s.name === 'floor' ? '#7f7f7f' : COLOURS[i % COLOURS.length]!;
    for (const p of s.points) out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="4" fill="${colour}"><title>${escapeXml(`${s.name}, ${p.label}: ${p.y.toFixed(2)} s`)}</title></circle>`);
    const ly = MARGIN.top + 10 + i * 20;
    out.push(`<circle cx="${WIDTH - MARGIN.right + 20}" cy="${ly}" r="4" fill="${colour}"/>`, `<text x="${WIDTH - MARGIN.right + 30}" y="${ly + 4}">${escapeXml(s.name)}</text>`);
  });
  out.push('</svg>', '');
  return out.join('\n');
}
