/**
 * Small inline SVG charts, no library: a bar chart of counts (grades) and a histogram (execution
 * rates). Colours come from CSS classes, so the strict CSP needs no style attributes.
 */
import { html, type Raw } from "./html.js";

export interface Bar {
  label: string;
  value: number;
  /** CSS class of the bar (its colour). */
  cls?: string;
}

export const chartSettings = {
  width: 360,
  barHeight: 22,
  gap: 6,
  labelWidth: 84,
  valueWidth: 40,
} as const;

/** Horizontal bars, one per item, scaled to the largest value; each labelled with its count. */
export function barChart(title: string, bars: readonly Bar[]): Raw {
  const s = chartSettings;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = s.width - s.labelWidth - s.valueWidth;
  const height = bars.length * (s.barHeight + s.gap) + s.gap;
  const rows = bars.map((b, i) => {
    const y = s.gap + i * (s.barHeight + s.gap);
    const w = Math.round((b.value / max) * plot);
    return html`<g class="bar ${b.cls ?? ""}"><text x="${s.labelWidth - 6}" y="${y + s.barHeight * 0.7}" text-anchor="end">${b.label}</text><rect x="${s.labelWidth}" y="${y}" width="${w}" height="${s.barHeight}" rx="2"><title>${b.label}: ${b.value}</title></rect><text class="value" x="${s.labelWidth + w + 4}" y="${y + s.barHeight * 0.7}">${b.value}</text></g>`;
  });
  return html`<figure class="chart"><figcaption>${title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" viewBox="0 0 ${s.width} ${height}" width="${s.width}" height="${height}">${rows}</svg></figure>`;
}

/** Execution-rate bins (percent, lower bound inclusive); the last holds everything from 100 up. */
export const rateBins: readonly { label: string; min: number; max: number; cls: string }[] = [
  { label: "< 60%", min: -Infinity, max: 60, cls: "bad" },
  { label: "60–80%", min: 60, max: 80, cls: "poor" },
  { label: "80–90%", min: 80, max: 90, cls: "fair" },
  { label: "90–100%", min: 90, max: 100, cls: "good" },
  { label: "= 100%", min: 100, max: 100.0001, cls: "best" },
  { label: "> 100%", min: 100.0001, max: Infinity, cls: "over" },
];

export function rateHistogram(title: string, rates: readonly number[]): Raw {
  return barChart(
    title,
    rateBins.map((b) => ({ label: b.label, value: rates.filter((r) => r >= b.min && r < b.max).length, cls: b.cls })),
  );
}
