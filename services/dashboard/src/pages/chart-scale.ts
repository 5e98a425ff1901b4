/** A linear map from a data interval onto a pixel interval. */
export type Scale = { (v: number): number; ticks: number[] };

/** Round tick steps (1, 2, 5 × 10^n) covering [min, max] with about `count` ticks. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw) as number;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Math.round(t / step) * step);
  return ticks;
}

/** Maps [d0, d1] onto [r0, r1]; an empty domain is widened so that one value sits in the middle. */
export function linearScale(domain: [number, number], range: [number, number], tickCount = 5): Scale {
  let [d0, d1] = domain;
  if (!(d1 > d0)) {
    const pad = Math.abs(d0) * 0.1 || 1;
    d0 -= pad;
    d1 += pad;
  }
  const [r0, r1] = range;
  const scale = ((v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)) as Scale;
  scale.ticks = niceTicks(d0, d1, tickCount);
  return scale;
}

/** Domain of the numbers with a margin, so points do not sit on the frame. */
export function paddedExtent(values: number[], share = 0.08): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const pad = (max - min) * share;
  return [min - pad, max + pad];
}

/** Compact axis labels: 1,500,000 -> "1.5M", 15,000 -> "15k". */
export function shortNumber(n: number): string {
  const abs = Math.abs(n);
  const fmt = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (abs >= 1e9) return `${fmt(n / 1e9)}B`;
  if (abs >= 1e6) return `${fmt(n / 1e6)}M`;
  if (abs >= 1e4) return `${fmt(n / 1e3)}k`;
  return fmt(n);
}
