/**
 * One drawing per motif family: the content of one square repeat tile, TILE units wide, as SVG
 * elements. The tile is drawn into the pattern together with its eight shifted copies, so shapes
 * may run over an edge and continue on the opposite side (the repeat stays seamless).
 * The shapes are a plausible interpretation of each Mojokerto motif, not a copy of any cloth.
 */
import {
  cecekField,
  cecekRing,
  circle,
  ellipse,
  f,
  group,
  leaf,
  lens,
  line,
  paint,
  path,
  polygon,
  polyline,
  type Rng,
  rad,
  sawutRing,
  spiral,
  starPoints,
  TAU,
} from './pattern-svg.js';

export const TILE = 200;

export type PatternFamily =
  | 'surya'
  | 'pring'
  | 'mrico'
  | 'sisik'
  | 'koro'
  | 'rawan'
  | 'matahari'
  | 'gedeg'
  | 'mojo'
  | 'krisan'
  | 'kawung'
  | 'sungsang'
  | 'parang'
  | 'ukel';

/** The colours of one colourway, resolved for drawing (ground is the cloth, ink the darkest line). */
export interface Colours {
  ground: string;
  ink: string;
  main: string;
  second: string;
  light: string;
}

export interface TileContext {
  rng: Rng;
  c: Colours;
}

type Draw = (ctx: TileContext) => string;

const T = TILE;

// 1. Surya Majapahit: an eight-pointed star with rays inside a circle, a small sun at the corners.
const surya: Draw = ({ rng, c }) => {
  const medallion = (x: number, y: number, s: number) => {
    const R = 74 * s;
    let out = circle(x, y, R + 5 * s, line(c.main, 2.2 * s));
    out += cecekRing(rng, x, y, R + 11 * s, Math.round(40 * s), 1.7 * s, c.ink);
    out += polygon(
      starPoints(x, y, 16, R, R * 0.74, -90 + 360 / 32, rng, 2 * s),
      paint(c.second, c.ink, 1.1 * s),
    );
    out += circle(x, y, R * 0.76, paint(c.ground, c.ink, 1.2 * s));
    out += polygon(starPoints(x, y, 8, R * 0.72, R * 0.36, -90, rng, 1.5 * s), paint(c.main, c.ink, 1.4 * s));
    out += sawutRing(rng, x, y, R * 0.4, R * 0.62, 8, c.light, 1.3 * s);
    out += circle(x, y, R * 0.3, paint(c.ground, c.ink, 1.2 * s));
    for (let i = 0; i < 8; i++) {
      out += lens(x, y, R * 0.27, R * 0.08, i * 45 + 22.5 + rng.jitter(4), paint(c.second));
    }
    out += circle(x, y, R * 0.08, `fill="${c.ink}"`);
    return out;
  };
  return cecekField(rng, T, 14, 1.1, c.light) + medallion(100, 100, 1) + medallion(0, 0, 0.52);
};

// 2. Pring sedapur: clumps of bamboo stalks with nodes and narrow drooping leaves, half-drop.
const pring: Draw = ({ rng, c }) => {
  const clump = (bx: number, by: number) => {
    let stalks = '';
    let nodes = '';
    let leaves = '';
    const n = rng.int(4, 6);
    for (let i = 0; i < n; i++) {
      const x0 = bx + (i - (n - 1) / 2) * 7 + rng.jitter(2);
      const lean = (i - (n - 1) / 2) * 9 + rng.jitter(6);
      const height = rng.between(140, 178);
      const x1 = x0 + lean;
      const y1 = by - height;
      const d = `M${f(x0)},${f(by)}Q${f(x0 + lean * 0.2)},${f(by - height * 0.5)} ${f(x1)},${f(y1)}`;
      stalks += path(d, line(c.ink, 7.5)) + path(d, line(c.main, 5.5)) + path(d, line(c.light, 1.1));
      for (let t = 0.16 + rng.next() * 0.05; t < 0.95; t += rng.between(0.14, 0.19)) {
        // A point on the quadratic curve and a short ring across the stalk.
        const px = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * (x0 + lean * 0.2) + t * t * x1;
        const py = by - height * t;
        nodes += `M${f(px - 4)},${f(py + 0.6)}L${f(px + 4)},${f(py - 0.6)}`;
        if (t > 0.45 && rng.chance(0.55)) {
          const side = rng.chance(0.5) ? 1 : -1;
          const base = side > 0 ? 20 : 160;
          leaves += leaf(
            px,
            py,
            rng.between(26, 40),
            rng.between(5, 7),
            base + rng.jitter(22),
            c.second,
            c.ink,
          );
        }
      }
    }
    let grass = '';
    for (let g = 0; g < 7; g++) {
      const gx = bx + rng.jitter(26);
      grass += `M${f(gx)},${f(by + 2)}q${f(rng.jitter(6))},-6 ${f(rng.jitter(9))},${f(-rng.between(8, 14))}`;
    }
    return stalks + path(nodes, line(c.ink, 1.6)) + leaves + path(grass, line(c.second, 1.4));
  };
  return cecekField(rng, T, 16, 1, c.light) + clump(55, 190) + clump(155, 290);
};

// 3. Mrico bolong: a dense field of small peppercorns with a hole, in diagonal colour bands.
const mrico: Draw = ({ rng, c }) => {
  const cols = 10;
  const rows = 12;
  const dx = T / cols;
  const dy = T / rows;
  const inks = [c.main, c.main, c.ink, c.second];
  let out = '';
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const x = (i + 0.5 + (j % 2) * 0.5) * dx + rng.jitter(0.8);
      const y = (j + 0.5) * dy + rng.jitter(0.8);
      const band = Math.floor((i * 2 + j + (j % 2)) / 4) % inks.length;
      const fill = inks[band] ?? c.main;
      if (i % 5 === 2 && j % 4 === 1) {
        // Here and there a little flower of five pepper dots.
        out += circle(x, y, 2, `fill="${c.ink}"`);
        for (let k = 0; k < 5; k++) {
          const a = (k / 5) * TAU + rng.jitter(0.1);
          out += circle(x + Math.cos(a) * 4.6, y + Math.sin(a) * 4.6, 2.1, paint(c.second, c.ink, 0.5));
        }
        continue;
      }
      const r = 5.6 + rng.jitter(0.6);
      out += circle(x, y, r, paint(fill, c.ink, 0.7));
      out += circle(x + rng.jitter(1), y + rng.jitter(1), r * 0.36, `fill="${c.ground}"`);
    }
  }
  return out;
};

// 4. Sisik gringsing: overlapping fish scales, each with inner rings and a dot.
const sisik: Draw = ({ rng, c }) => {
  const R = 25;
  const dy = 20;
  let out = '';
  for (let j = 0; j < T / dy; j++) {
    for (let i = 0; i < T / (2 * R); i++) {
      const x = i * 2 * R + (j % 2) * R;
      const y = j * dy;
      const fill = rng.pick([c.main, c.main, c.second]);
      out += circle(x, y, R + rng.jitter(0.6), paint(fill, c.ink, 1.5));
      out += circle(x, y, R * 0.72, line(c.light, 1.4));
      out += circle(x, y, R * 0.46, line(c.ground, 1));
      out += circle(x + rng.jitter(1), y - R * 0.62 + rng.jitter(1), 2.6, `fill="${c.ground}"`);
    }
  }
  return out;
};

// 5. Koro renteng: koro pods strung along wavy vines (renteng), with trifoliate leaves and tendrils.
const koro: Draw = ({ rng, c }) => {
  const pod = (x: number, y: number, deg: number) => {
    const L = rng.between(44, 50);
    const w = rng.between(15, 17);
    // A bean pod with a bulge over each of its four seeds.
    let top = `M0,0`;
    for (let k = 0; k < 4; k++) {
      const x0 = L * (0.08 + 0.84 * (k / 4));
      const x1 = L * (0.08 + 0.84 * ((k + 1) / 4));
      top += `Q${f((x0 + x1) / 2)},${f(-w * (0.95 + rng.jitter(0.08)))} ${f(x1)},${f(-w * 0.42)}`;
    }
    const d = `${top}Q${f(L * 1.02)},${f(-w * 0.3)} ${f(L)},0C${f(L * 0.7)},${f(w * 0.45)} ${f(L * 0.3)},${f(w * 0.45)} 0,0Z`;
    let seeds = '';
    for (let k = 0; k < 4; k++) {
      seeds += ellipse(
        L * (0.08 + 0.84 * ((k + 0.5) / 4)),
        -w * 0.4,
        w * 0.2,
        w * 0.26,
        0,
        paint(c.light, c.ink, 0.6),
      );
    }
    const stalk = `M0,0L${f(-6)},0`;
    return group(
      `translate(${f(x)} ${f(y)}) rotate(${f(deg)}) translate(6 0)`,
      path(stalk, line(c.ink, 2)) + path(d, paint(c.main, c.ink, 1.4)) + seeds,
    );
  };
  const vineY = (x: number, y0: number, amp: number) => y0 + amp * Math.sin((x / 100) * TAU);
  const row = (y0: number, amp: number) => {
    const pts: [number, number][] = [];
    for (let x = -10; x <= T + 10; x += 5) pts.push([x, vineY(x, y0, amp)]);
    let out = path(polyline(pts), line(c.ink, 2.6));
    for (let k = 0; k < 4; k++) {
      const x = k * 50 + 25;
      const down = k % 2 === 0;
      out += pod(x, vineY(x, y0, amp), (down ? 72 : -108) + rng.jitter(8));
      const lx = k * 50;
      const ly = vineY(lx, y0, amp);
      const side = down ? -1 : 1;
      for (const a of [-40, 0, 40]) {
        out += lens(
          lx,
          ly,
          rng.between(9, 12),
          4.5,
          side * 90 + a + rng.jitter(8),
          paint(c.second, c.ink, 0.7),
        );
      }
      out += path(spiral(lx + 9, ly - side * 8, 4, 1.6, down ? 1 : -1), line(c.ink, 0.9));
      out +=
        circle(lx - 10, ly + side * 6, 1.3, `fill="${c.ink}"`) +
        circle(lx - 14, ly + side * 9, 1, `fill="${c.ink}"`);
    }
    return out;
  };
  return cecekField(rng, T, 11, 0.9, c.light) + row(38, 8) + row(138, -8);
};

// 6. Rawan inggek: wavy bands (the pattern is turned diagonal) with small ornaments between them.
const rawan: Draw = ({ rng, c }) => {
  const wave = (x: number, y0: number, amp: number) => y0 + amp * Math.sin((x / 100) * TAU);
  let out = '';
  for (const y0 of [30, 130]) {
    const top: [number, number][] = [];
    const bottom: [number, number][] = [];
    const mid: [number, number][] = [];
    for (let x = -10; x <= T + 10; x += 5) {
      top.push([x, wave(x, y0, 16)]);
      mid.push([x, wave(x, y0 + 19, 16)]);
      bottom.unshift([x, wave(x, y0 + 38, 16)]);
    }
    out += path(polyline([...top, ...bottom], true), paint(c.main, c.ink, 2));
    out += path(polyline(mid), line(c.light, 3));
    for (let x = 0; x < T; x += 10) {
      out += circle(x + 5, wave(x + 5, y0 + 9, 16), 1.3, `fill="${c.ground}"`);
      out += circle(x + 5, wave(x + 5, y0 + 29, 16), 1.3, `fill="${c.ground}"`);
    }
    // Between the bands: a small flower above the wave crest and a leaf pair in the trough.
    for (let k = 0; k < 2; k++) {
      const fx = 75 + k * 100 + rng.jitter(3);
      const fy = wave(fx, y0 + 69, 16) + rng.jitter(2);
      for (let p = 0; p < 5; p++)
        out += lens(fx, fy, 9, 3.5, p * 72 + rng.jitter(8), paint(c.second, c.ink, 0.7));
      out += circle(fx, fy, 2.2, `fill="${c.ink}"`);
      const lx = 25 + k * 100 + rng.jitter(3);
      const ly = wave(lx, y0 + 70, 16);
      out += leaf(lx, ly, 14, 5, -30 + rng.jitter(10), c.second, c.ink);
      out += leaf(lx, ly, 14, 5, 210 + rng.jitter(10), c.second, c.ink);
      out += cecekRing(rng, lx, ly + 2, 4, 5, 0.9, c.ink);
    }
  }
  return out;
};

// 7. Matahari: large sunflower medallions with a seeded centre, on a hatched ground.
const matahari: Draw = ({ rng, c }) => {
  let hatch = '';
  for (let k = -T; k < T; k += 8) hatch += `M${k},0L${k + T},${T}`;
  const flower = (x: number, y: number, s: number) => {
    let out = cecekRing(rng, x, y, 92 * s, Math.round(64 * s), 1.6 * s, c.ink);
    out += circle(x, y, 86 * s, paint(c.ground, c.main, 1.6 * s));
    const n = 20;
    for (let i = 0; i < n; i++) {
      const a = (i / n) * 360 + rng.jitter(2.5);
      const ax = x + Math.cos(rad(a)) * 24 * s;
      const ay = y + Math.sin(rad(a)) * 24 * s;
      out += lens(ax, ay, (56 + rng.jitter(3)) * s, 14 * s, a, paint(c.second, c.ink, 1.1 * s));
    }
    for (let i = 0; i < n; i++) {
      const a = ((i + 0.5) / n) * 360 + rng.jitter(2.5);
      const ax = x + Math.cos(rad(a)) * 24 * s;
      const ay = y + Math.sin(rad(a)) * 24 * s;
      out += lens(ax, ay, (42 + rng.jitter(3)) * s, 12 * s, a, paint(c.main, c.ink, 1 * s));
    }
    out += circle(x, y, 30 * s, paint(c.ink, c.main, 2 * s));
    const golden = Math.PI * (3 - Math.sqrt(5));
    let seeds = '';
    for (let i = 1; i < 95; i++) {
      const r = 2.8 * s * Math.sqrt(i);
      const sx = x + Math.cos(i * golden) * r;
      const sy = y + Math.sin(i * golden) * r;
      const d = 1.25 * s;
      seeds += `M${f(sx - d)},${f(sy)}a${f(d)},${f(d)} 0 1,0 ${f(2 * d)},0a${f(d)},${f(d)} 0 1,0 ${f(-2 * d)},0`;
    }
    return out + path(seeds, `fill="${c.light}"`);
  };
  return path(hatch, line(c.light, 1.2)) + flower(100, 100, 1) + flower(0, 0, 0.13);
};

// 8. Gedeg rubuh: a woven bamboo wall (the pattern is turned slanting): blocks of strips alternate.
const gedeg: Draw = ({ rng, c }) => {
  const cell = 50;
  const strips = 5;
  const w = cell / strips;
  let out = '';
  let fibres = '';
  for (let i = 0; i < T / cell; i++) {
    for (let j = 0; j < T / cell; j++) {
      const across = (i + j) % 2 === 0;
      for (let k = 0; k < strips; k++) {
        const fill = rng.pick([c.main, c.main, c.second, c.light]);
        const x = i * cell + (across ? 0 : k * w);
        const y = j * cell + (across ? k * w : 0);
        const rw = across ? cell : w;
        const rh = across ? w : cell;
        out += `<rect x="${f(x + 0.6)}" y="${f(y + 0.6)}" width="${f(rw - 1.2)}" height="${f(rh - 1.2)}" rx="2" ${paint(fill, c.ink, 1)}/>`;
        for (let s = 0; s < 2; s++) {
          const o = rng.between(0.25, 0.75) * (across ? rh : rw);
          const a = rng.between(0.05, 0.3) * cell;
          const b = rng.between(0.7, 0.95) * cell;
          fibres += across
            ? `M${f(x + a)},${f(y + o)}L${f(x + b)},${f(y + o + rng.jitter(0.6))}`
            : `M${f(x + o)},${f(y + a)}L${f(x + o + rng.jitter(0.6))},${f(y + b)}`;
        }
      }
    }
  }
  return out + path(fibres, line(c.ink, 0.7, 0.7));
};

// 9. Buah mojo: round maja fruit with a stalk and three leaves, half-drop, buds between them.
const mojo: Draw = ({ rng, c }) => {
  const fruit = (x: number, y: number, r: number) => {
    const tilt = rng.jitter(12);
    let out = '';
    const top = group(
      `rotate(${f(tilt)} ${f(x)} ${f(y)})`,
      (() => {
        let g = path(`M${f(x)},${f(y - r + 2)}q3,-8 ${f(2)},${f(-16)}`, line(c.ink, 2.4));
        const sx = x + 2;
        const sy = y - r - 14;
        for (const a of [-150, -90, -30])
          g += leaf(sx, sy, rng.between(22, 28), 8, a + rng.jitter(10), c.second, c.ink);
        return g;
      })(),
    );
    out += top;
    out += circle(x, y, r, paint(c.main, c.ink, 2));
    for (const k of [0.3, 0.65]) out += ellipse(x, y, r * k, r * 0.98, tilt, line(c.second, 1.2));
    out += ellipse(x, y, r * 0.98, r * 0.3, tilt, line(c.second, 1.2));
    out += ellipse(x - r * 0.4, y - r * 0.4, r * 0.22, r * 0.12, -45, `fill="${c.light}"`);
    out += cecekRing(rng, x, y, r + 5, 30, 1.2, c.ink);
    return out;
  };
  const bud = (x: number, y: number) => {
    let out = '';
    for (let p = 0; p < 4; p++)
      out += lens(x, y, 9, 4, p * 90 + 45 + rng.jitter(6), paint(c.light, c.ink, 0.7));
    return out + circle(x, y, 2, `fill="${c.ink}"`);
  };
  let triples = '';
  for (let i = 0; i < 22; i++) {
    const x = rng.between(0, T);
    const y = rng.between(0, T);
    for (let k = 0; k < 3; k++) {
      const a = (k / 3) * TAU + rng.jitter(0.2);
      triples += circle(x + Math.cos(a) * 2.4, y + Math.sin(a) * 2.4, 0.9, `fill="${c.second}"`);
    }
  }
  return (
    cecekField(rng, T, 13, 0.8, c.light) +
    triples +
    bud(150, 45) +
    bud(50, 145) +
    fruit(50, 62, 28) +
    fruit(150, 162, 28)
  );
};

// 10. Bunga krisan: chrysanthemums of many thin petals in three layers, with leaves.
const krisan: Draw = ({ rng, c }) => {
  const flower = (x: number, y: number, r: number) => {
    let out = '';
    const layers = [c.main, c.second, c.light];
    layers.forEach((fill, k) => {
      const n = 30 - k * 6;
      const len = r * (1 - k * 0.25);
      const off = rng.next() * 360;
      for (let i = 0; i < n; i++) {
        const a = off + (i / n) * 360 + rng.jitter(3);
        out += lens(
          x,
          y,
          len * (1 + rng.jitter(0.06)),
          r * 0.11,
          a,
          paint(fill, c.ink, 0.6),
          rng.jitter(0.05),
        );
      }
    });
    out += circle(x, y, r * 0.17, paint(c.ink, c.main, 1));
    return out + cecekRing(rng, x, y, r * 0.1, 7, r * 0.025 + 0.4, c.light);
  };
  let leaves = '';
  for (const [x, y, a] of [
    [118, 118, 45],
    [10, 118, 120],
    [118, 20, -40],
    [190, 100, 90],
  ] as const) {
    leaves += leaf(x, y, rng.between(24, 30), 9, a + rng.jitter(12), c.second, c.ink);
  }
  return (
    cecekField(rng, T, 12, 0.9, c.light) +
    leaves +
    flower(70, 75, 55) +
    flower(160, 160, 34) +
    flower(165, 45, 21) +
    flower(40, 170, 19)
  );
};

// 11. Batik Kalangbret: kawung-like four-petal ellipses around each grid point.
const kawung: Draw = ({ rng, c }) => {
  let out = '';
  const d = 35.4;
  for (const nx of [0, 100]) {
    for (const ny of [0, 100]) {
      const fill = (nx + ny) % 200 === 0 ? c.main : c.second;
      for (const [sx, sy] of [
        [1, 1],
        [1, -1],
        [-1, 1],
        [-1, -1],
      ] as const) {
        const cx = nx + (sx * d) / Math.SQRT2;
        const cy = ny + (sy * d) / Math.SQRT2;
        const deg = sx === sy ? 45 : -45;
        out += ellipse(cx, cy, 31 + rng.jitter(0.8), 18 + rng.jitter(0.8), deg, paint(fill, c.ink, 1.8));
        out += ellipse(cx, cy, 17, 7 + rng.jitter(0.6), deg, paint(c.ground, c.ink, 0.8));
        out += circle(cx + rng.jitter(0.8), cy + rng.jitter(0.8), 2, `fill="${c.ink}"`);
        for (const t of [-0.75, 0.75]) {
          const ex = cx + (sx * t * 22) / Math.SQRT2;
          const ey = cy + (sy * t * 22) / Math.SQRT2;
          out += circle(ex, ey, 1.4, `fill="${c.light}"`);
        }
      }
      out += circle(nx, ny, 4.5, paint(c.light, c.ink, 1));
    }
  }
  for (const [x, y] of [
    [50, 50],
    [150, 50],
    [50, 150],
    [150, 150],
  ] as const) {
    out += polygon(starPoints(x, y, 4, 8, 2.6, -90 + rng.jitter(5)), paint(c.ink));
    out += circle(x, y, 1.6, `fill="${c.light}"`);
  }
  return out;
};

// 12. Sekar sungsang: flowers hanging upside down from curving stems, half-drop.
const sungsang: Draw = ({ rng, c }) => {
  const flower = (x: number, y: number) => {
    const sway = rng.jitter(10);
    let out = path(
      `M${f(x + sway)},${f(y - 62)}C${f(x - 16)},${f(y - 40)} ${f(x + 14)},${f(y - 22)} ${f(x)},${f(y)}`,
      line(c.ink, 2.4),
    );
    out += leaf(x + sway * 0.6 - 1, y - 44, 22, 7, -150 + rng.jitter(12), c.second, c.ink);
    out += leaf(x + sway * 0.3 + 1, y - 30, 20, 7, -30 + rng.jitter(12), c.second, c.ink);
    // The bloom opens downwards: the outer petals first, the middle one on top.
    for (const [a, len, fill] of [
      [40, 30, c.main],
      [140, 30, c.main],
      [62, 36, c.second],
      [118, 36, c.second],
      [90, 40, c.main],
    ] as const) {
      out += lens(x, y, len + rng.jitter(2), 10, a + rng.jitter(4), paint(fill, c.ink, 1.2));
    }
    out += lens(x, y + 4, 24, 4, 90, line(c.light, 1.2));
    for (const a of [75, 90, 105]) {
      const ex = x + Math.cos(rad(a)) * 50;
      const ey = y + Math.sin(rad(a)) * 50;
      out +=
        path(`M${f(x)},${f(y + 30)}L${f(ex)},${f(ey)}`, line(c.ink, 1)) +
        circle(ex, ey, 2.2, `fill="${c.ink}"`);
    }
    out += ellipse(x, y, 8, 5, 0, paint(c.ink, c.main, 1));
    return out;
  };
  const bud = (x: number, y: number) => {
    const sway = rng.jitter(6);
    let out = path(
      `M${f(x + sway)},${f(y - 40)}C${f(x + 12)},${f(y - 28)} ${f(x - 10)},${f(y - 14)} ${f(x)},${f(y)}`,
      line(c.ink, 1.8),
    );
    out += leaf(x + sway * 0.5, y - 26, 15, 5, -160 + rng.jitter(10), c.second, c.ink);
    out += path(spiral(x + sway + 6, y - 40, 5, 1.5, 1), line(c.ink, 1));
    for (const [a, len] of [
      [70, 20],
      [110, 20],
      [90, 24],
    ] as const) {
      out += lens(x, y, len + rng.jitter(1.5), 7, a + rng.jitter(3), paint(c.main, c.ink, 1));
    }
    return out + ellipse(x, y, 5, 3.5, 0, paint(c.ink)) + cecekRing(rng, x, y + 30, 4, 5, 1, c.ink);
  };
  const ground = cecekField(rng, T, 10, 0.9, c.light);
  const big = (x: number, y: number) =>
    group(`translate(${x} ${y}) scale(1.2) translate(${-x} ${-y})`, flower(x, y));
  return ground + bud(100, 130) + bud(0, 30) + big(50, 80) + big(150, 180);
};

// 13. Parang mojo: rows of S-hooks (the pattern is turned diagonal) with a row of maja fruit.
const parang: Draw = ({ rng, c }) => {
  let out = '';
  for (const y0 of [0, 100]) {
    out += `<rect x="-10" y="${y0 + 74}" width="${T + 20}" height="22" fill="${c.ink}"/>`;
    out += path(`M-10,${y0 + 77}L${T + 10},${y0 + 77}M-10,${y0 + 93}L${T + 10},${y0 + 93}`, line(c.light, 1));
    for (let u = 0; u < T; u += 50) {
      const j = rng.jitter(1.5);
      const d = `M${u + 4},${f(y0 + 64)}C${u + 2},${f(y0 + 14 + j)} ${u + 30},${f(y0 + 10 + j)} ${u + 29},${f(y0 + 36)}C${u + 28},${f(y0 + 60 - j)} ${u + 52},${f(y0 + 62 - j)} ${u + 50},${f(y0 + 12)}`;
      out +=
        path(d, line(c.ink, 17)) +
        path(d, line(c.main, 13)) +
        path(d, line(c.second, 5)) +
        path(d, line(c.ink, 1));
      // The hook ends curl in.
      out += path(spiral(u + 15, y0 + 30, 6, 1.3, 1, 90), line(c.light, 1.2));
      out += path(spiral(u + 40, y0 + 50, 6, 1.3, -1, -90), line(c.light, 1.2));
      // Maja fruit in the dark stripe, a diamond mlinjon between them.
      const fx = u + 25 + rng.jitter(1);
      out += circle(fx, y0 + 86, 6.2, paint(c.second, c.light, 1));
      out += lens(fx, y0 + 80, 8, 3, -60 + rng.jitter(10), paint(c.light));
      out += polygon(starPoints(u, y0 + 85, 2, 5, 3, 0), paint(c.light));
    }
  }
  return out;
};

// 14. Pinggiran ukel Majapahit: border rows of curling ukel spirals between toothed stripes.
const ukel: Draw = ({ rng, c }) => {
  let out = '';
  for (const y0 of [0, 100]) {
    out += `<rect x="-10" y="${y0 + 26}" width="${T + 20}" height="48" fill="${c.light}" fill-opacity="0.55"/>`;
    out += `<rect x="-10" y="${y0}" width="${T + 20}" height="6" fill="${c.ink}"/>`;
    out += path(`M-10,${y0 + 11}L${T + 10},${y0 + 11}M-10,${y0 + 89}L${T + 10},${y0 + 89}`, line(c.ink, 1.2));
    let teeth = '';
    for (let x = 0; x < T; x += 10) {
      teeth += `M${x},${y0 + 12}l5,9l5,-9ZM${x},${y0 + 88}l5,-9l5,9Z`;
    }
    out += path(teeth, paint(c.second, c.ink, 0.6));
    const wave: [number, number][] = [];
    for (let x = -10; x <= T + 10; x += 4) wave.push([x, y0 + 50 + 13 * Math.sin((x / 40) * TAU)]);
    out += path(polyline(wave), line(c.main, 3.4));
    for (let k = 0; k < 5; k++) {
      const up = k % 2 === 0;
      const x = k * 40 + 20 + rng.jitter(1);
      const cy = y0 + 50 + (up ? -13 : 13);
      for (const side of [-1, 1] as const) {
        const sx = x + side * 10;
        const sy = cy + (up ? 9 : -9);
        out += path(spiral(sx, sy, 10 + rng.jitter(0.8), 1.8, side, up ? 90 : -90), line(c.main, 3));
        out += circle(sx, sy, 1.5, `fill="${c.ink}"`);
      }
      out += lens(x, cy, 16, 5, up ? -90 : 90, paint(c.second, c.ink, 0.8));
      out += cecekRing(rng, x, cy + (up ? 22 : -22), 3, 4, 1, c.ink);
    }
  }
  return out;
};

export const FAMILIES: Readonly<Record<PatternFamily, Draw>> = {
  surya,
  pring,
  mrico,
  sisik,
  koro,
  rawan,
  matahari,
  gedeg,
  mojo,
  krisan,
  kawung,
  sungsang,
  parang,
  ukel,
};
