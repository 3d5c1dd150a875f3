/**
 * Small SVG drawing kit for the demo batik patterns: a seeded PRNG and shape helpers that return
 * SVG element strings. Numbers are rounded to two decimals so the same input always gives the same
 * text (and so the same PNG bytes).
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Uniform in [-amount, amount). */
  jitter(amount: number): number;
  /** Integer in [min, maxExclusive). */
  int(min: number, maxExclusive: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast and good enough for ornament jitter. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    jitter: (amount) => (next() * 2 - 1) * amount,
    int: (min, maxExclusive) => min + Math.floor(next() * (maxExclusive - min)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

/** Mixes two integers into a new 32-bit seed (for sub-streams and variants). */
export function mixSeed(a: number, b: number): number {
  let h = Math.imul((a ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul((b + 0x632be5ab) >>> 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** A number as short, stable SVG text. */
export function f(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export const TAU = Math.PI * 2;
export const rad = (deg: number) => (deg * Math.PI) / 180;

/** Presentation attributes: a fill, optionally outlined. */
export function paint(fill: string, stroke?: string, width = 1): string {
  return stroke
    ? `fill="${fill}" stroke="${stroke}" stroke-width="${f(width)}" stroke-linejoin="round"`
    : `fill="${fill}"`;
}

/** Presentation attributes: an unfilled, round-capped stroke. */
export function line(stroke: string, width: number, opacity = 1): string {
  const o = opacity < 1 ? ` stroke-opacity="${f(opacity)}"` : '';
  return `fill="none" stroke="${stroke}" stroke-width="${f(width)}" stroke-linecap="round" stroke-linejoin="round"${o}`;
}

export const circle = (x: number, y: number, r: number, attrs: string) =>
  `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" ${attrs}/>`;

export const ellipse = (x: number, y: number, rx: number, ry: number, deg: number, attrs: string) =>
  `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(rx)}" ry="${f(ry)}" transform="rotate(${f(deg)} ${f(x)} ${f(y)})" ${attrs}/>`;

export const path = (d: string, attrs: string) => `<path d="${d}" ${attrs}/>`;

export const group = (transform: string, body: string) => `<g transform="${transform}">${body}</g>`;

export function polygon(points: readonly (readonly [number, number])[], attrs: string): string {
  return `<polygon points="${points.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" ${attrs}/>`;
}

/** Path data through the given points. */
export function polyline(points: readonly (readonly [number, number])[], close = false): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x)},${f(y)}`).join('') + (close ? 'Z' : '');
}

/** The corners of a star with n points, alternating outer and inner radius. */
export function starPoints(
  cx: number,
  cy: number,
  n: number,
  outer: number,
  inner: number,
  rotationDeg = -90,
  rng?: Rng,
  wobble = 0,
): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < n * 2; i++) {
    const a = rad(rotationDeg) + (i * Math.PI) / n;
    const r = (i % 2 === 0 ? outer : inner) + (rng ? rng.jitter(wobble) : 0);
    pts.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r]);
  }
  return pts;
}

/**
 * A lens-shaped petal or leaf from (x, y) pointing at angle deg, len long and about width wide;
 * bend curves it sideways (a fraction of len).
 */
export function lens(x: number, y: number, len: number, width: number, deg: number, attrs: string, bend = 0) {
  const b = bend * len;
  const d = `M0,0Q${f(len * 0.45)},${f(-width + b)} ${f(len)},${f(b)}Q${f(len * 0.45)},${f(width + b)} 0,0Z`;
  return `<path d="${d}" transform="translate(${f(x)} ${f(y)}) rotate(${f(deg)})" ${attrs}/>`;
}

/** A leaf: a lens with a midrib and a few sawut veins. */
export function leaf(
  x: number,
  y: number,
  len: number,
  width: number,
  deg: number,
  fill: string,
  ink: string,
) {
  const veins: string[] = [`M0,0L${f(len * 0.9)},0`];
  for (let t = 0.25; t < 0.8; t += 0.18) {
    const vx = len * t;
    const vw = width * 0.55 * Math.sin(Math.PI * t);
    veins.push(`M${f(vx)},0L${f(vx + len * 0.1)},${f(-vw)}M${f(vx)},0L${f(vx + len * 0.1)},${f(vw)}`);
  }
  return (
    lens(x, y, len, width, deg, paint(fill, ink, Math.max(0.6, width * 0.12))) +
    `<path d="${veins.join('')}" transform="translate(${f(x)} ${f(y)}) rotate(${f(deg)})" ${line(ink, Math.max(0.5, width * 0.08))}/>`
  );
}

/** An Archimedean spiral from the centre outwards; dir 1 turns clockwise, -1 anticlockwise. */
export function spiral(
  cx: number,
  cy: number,
  rMax: number,
  turns: number,
  dir: 1 | -1,
  startDeg = 0,
): string {
  const steps = Math.ceil(turns * 20);
  const pts: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const a = rad(startDeg) + dir * t * turns * TAU;
    const r = rMax * t;
    pts.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r]);
  }
  return polyline(pts);
}

/** Cecek: a ring of small dots, slightly irregular like a canting line. */
export function cecekRing(
  rng: Rng,
  cx: number,
  cy: number,
  r: number,
  count: number,
  dot: number,
  fill: string,
) {
  let out = '';
  for (let i = 0; i < count; i++) {
    const a = (i / count) * TAU + rng.jitter(0.04);
    const rr = r + rng.jitter(r * 0.02);
    out += circle(
      cx + Math.cos(a) * rr,
      cy + Math.sin(a) * rr,
      dot * (1 + rng.jitter(0.2)),
      `fill="${fill}"`,
    );
  }
  return out;
}

/** Cecek scattered over a size×size tile on a jittered grid (no clumps, no bare patches). */
export function cecekField(rng: Rng, size: number, step: number, dot: number, fill: string): string {
  const n = Math.round(size / step);
  const s = size / n;
  let d = '';
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = (i + 0.5) * s + rng.jitter(s * 0.35);
      const y = (j + 0.5) * s + rng.jitter(s * 0.35);
      const r = dot * (1 + rng.jitter(0.25));
      d += `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`;
    }
  }
  return `<path d="${d}" fill="${fill}"/>`;
}

/** Sawut: short strokes radiating between two radii. */
export function sawutRing(
  rng: Rng,
  cx: number,
  cy: number,
  r1: number,
  r2: number,
  count: number,
  stroke: string,
  width: number,
) {
  let d = '';
  for (let i = 0; i < count; i++) {
    const a = (i / count) * TAU + rng.jitter(0.03);
    const a2 = a + rng.jitter(0.04);
    d += `M${f(cx + Math.cos(a) * r1)},${f(cy + Math.sin(a) * r1)}L${f(cx + Math.cos(a2) * r2)},${f(cy + Math.sin(a2) * r2)}`;
  }
  return path(d, line(stroke, width));
}

/**
 * Remukan: thin random crack lines like those where the dye seeps through broken wax. Random walks
 * with an occasional branch, all in one path.
 */
export function cracks(rng: Rng, size: number, count: number): string {
  const parts: string[] = [];
  const walk = (x0: number, y0: number, a0: number, steps: number, depth: number) => {
    let x = x0;
    let y = y0;
    let a = a0;
    let d = `M${f(x)},${f(y)}`;
    for (let s = 0; s < steps; s++) {
      a += rng.jitter(0.7);
      const len = rng.between(3, 11);
      x += Math.cos(a) * len;
      y += Math.sin(a) * len;
      d += `L${f(x)},${f(y)}`;
      if (depth < 2 && rng.chance(0.18)) {
        walk(x, y, a + (rng.chance(0.5) ? 1 : -1) * rng.between(0.7, 1.5), Math.ceil(steps / 2), depth + 1);
      }
    }
    parts.push(d);
  };
  for (let i = 0; i < count; i++) {
    walk(rng.between(0, size), rng.between(0, size), rng.between(0, TAU), rng.int(5, 12), 0);
  }
  return parts.join('');
}
