/**
 * Deterministic demo batik pictures for the motifs module: one SVG repeat tile per motif family,
 * jittered by a seeded PRNG so no two motifs (or colourways) are pixel-identical, overlaid with
 * wax cracks (remukan) and a faint cloth grain, rasterised to PNG by sharp (librsvg).
 * These are demo data drawn by the project itself; they carry no text, label or watermark, so a
 * copy detector using them as its gallery sees only the pattern.
 */
import sharp from 'sharp';
import { type Colours, FAMILIES, type PatternFamily, TILE } from './pattern-families.js';
import { cracks, createRng, f, mixSeed } from './pattern-svg.js';

export type { Colours, PatternFamily } from './pattern-families.js';

export type PaletteName = 'sogan' | 'indigo' | 'merah' | 'hijau';

/** The colourways: sogan brown on cream, indigo on white, red and black on cream, green on yellow. */
export const PALETTES: Readonly<Record<PaletteName, Colours>> = {
  sogan: { ground: '#efe0bf', ink: '#2b170b', main: '#7b4720', second: '#b3793a', light: '#dcb57c' },
  indigo: { ground: '#f3f1ea', ink: '#0f1a33', main: '#22396b', second: '#4a6ba6', light: '#a6badb' },
  merah: { ground: '#f0e0c2', ink: '#1a1210', main: '#a5221b', second: '#5e1511', light: '#dc8d66' },
  hijau: { ground: '#f1d250', ink: '#12301a', main: '#2d6a33', second: '#6f9f30', light: '#c5de78' },
};

export const PALETTE_NAMES = Object.keys(PALETTES) as PaletteName[];

export interface PatternSpec {
  /** The demo motif's key (slug). */
  readonly key: string;
  /** Display name of the motif. */
  readonly name: string;
  readonly region: 'kota' | 'kabupaten';
  /** Which drawing makes the repeat tile. */
  readonly family: PatternFamily;
  readonly palette: PaletteName;
  /** Seeds the ornament jitter and the wax cracks. */
  readonly seed: number;
  /** Repeat tiles across the picture. */
  readonly repeats: number;
  /** Turn of the whole repeat in degrees (parang and woven patterns run diagonally). */
  readonly angle?: number;
  /** Drawing in light colours on the dark ink ground instead of on the light cloth. */
  readonly darkGround?: boolean;
  /** 0 for the motif's main picture; see variantSpec. */
  readonly variant?: number;
}

const spec = (s: PatternSpec): PatternSpec => Object.freeze(s);

/** One demo pattern per demo motif: Kota Mojokerto first, then Kabupaten Mojokerto. */
export const DEMO_MOTIF_PATTERNS: readonly PatternSpec[] = Object.freeze([
  spec({
    key: 'surya-majapahit',
    name: 'Surya Majapahit',
    region: 'kota',
    family: 'surya',
    palette: 'sogan',
    seed: 1293,
    repeats: 3,
  }),
  spec({
    key: 'pring-sedapur',
    name: 'Pring Sedapur',
    region: 'kota',
    family: 'pring',
    palette: 'hijau',
    seed: 1311,
    repeats: 3,
  }),
  spec({
    key: 'mrico-bolong',
    name: 'Mrico Bolong',
    region: 'kota',
    family: 'mrico',
    palette: 'merah',
    seed: 1334,
    repeats: 3,
  }),
  spec({
    key: 'sisik-gringsing',
    name: 'Sisik Gringsing',
    region: 'kota',
    family: 'sisik',
    palette: 'indigo',
    seed: 1350,
    repeats: 3,
  }),
  spec({
    key: 'koro-renteng',
    name: 'Koro Renteng',
    region: 'kota',
    family: 'koro',
    palette: 'sogan',
    seed: 1365,
    repeats: 3,
  }),
  spec({
    key: 'rawan-inggek',
    name: 'Rawan Inggek',
    region: 'kota',
    family: 'rawan',
    palette: 'indigo',
    seed: 1389,
    repeats: 3,
    angle: -35,
  }),
  spec({
    key: 'matahari',
    name: 'Matahari',
    region: 'kota',
    family: 'matahari',
    palette: 'merah',
    seed: 1404,
    repeats: 2,
  }),
  spec({
    key: 'gedeg-rubuh',
    name: 'Gedeg Rubuh',
    region: 'kota',
    family: 'gedeg',
    palette: 'sogan',
    seed: 1428,
    repeats: 3,
    angle: -30,
  }),
  spec({
    key: 'buah-mojo',
    name: 'Buah Mojo',
    region: 'kota',
    family: 'mojo',
    palette: 'hijau',
    seed: 1451,
    repeats: 3,
  }),
  spec({
    key: 'bunga-krisan',
    name: 'Bunga Krisan',
    region: 'kota',
    family: 'krisan',
    palette: 'indigo',
    seed: 1477,
    repeats: 2,
    darkGround: true,
  }),
  spec({
    key: 'batik-kalangbret',
    name: 'Batik Kalangbret',
    region: 'kota',
    family: 'kawung',
    palette: 'sogan',
    seed: 1492,
    repeats: 3,
  }),
  spec({
    key: 'sekar-sungsang',
    name: 'Sekar Sungsang',
    region: 'kabupaten',
    family: 'sungsang',
    palette: 'merah',
    seed: 1510,
    repeats: 3,
  }),
  spec({
    key: 'parang-mojo',
    name: 'Parang Mojo',
    region: 'kabupaten',
    family: 'parang',
    palette: 'sogan',
    seed: 1527,
    repeats: 3,
    angle: -45,
  }),
  spec({
    key: 'pinggiran-ukel-majapahit',
    name: 'Pinggiran Ukel Majapahit',
    region: 'kabupaten',
    family: 'ukel',
    palette: 'indigo',
    seed: 1546,
    repeats: 3,
  }),
]);

/** The demo pattern of a motif key, or undefined. */
export function demoPatternFor(key: string): PatternSpec | undefined {
  return DEMO_MOTIF_PATTERNS.find((p) => p.key === key);
}

/**
 * Another picture of the same motif: variant n (n ≥ 1) takes the n-th next colourway, its own
 * ornament jitter and cracks, and every other variant swaps to a dark ground. Variant 0 is the
 * spec itself.
 */
export function variantSpec(base: PatternSpec, variant: number): PatternSpec {
  if (!Number.isInteger(variant) || variant < 0) throw new RangeError(`variant must be a whole number ≥ 0`);
  if (variant === 0) return base;
  const from = PALETTE_NAMES.indexOf(base.palette);
  const palette = PALETTE_NAMES[(from + variant) % PALETTE_NAMES.length] ?? base.palette;
  return Object.freeze({
    ...base,
    palette,
    seed: mixSeed(base.seed, variant),
    darkGround: variant % 2 === 1 ? !base.darkGround : Boolean(base.darkGround),
    variant,
  });
}

function coloursOf(s: PatternSpec): Colours {
  const p = PALETTES[s.palette];
  // On a dark ground the cloth colour becomes the outline, and the light tone swaps with the mid.
  return s.darkGround ? { ground: p.ink, ink: p.ground, main: p.second, second: p.light, light: p.main } : p;
}

function wrappedPattern(id: string, size: number, body: string, background: string, transform = ''): string {
  let uses = '';
  for (const dy of [-size, 0, size]) {
    for (const dx of [-size, 0, size]) uses += `<use href="#${id}-tile" x="${dx}" y="${dy}"/>`;
  }
  const t = transform ? ` patternTransform="${transform}"` : '';
  return (
    `<g id="${id}-tile">${body}</g>` +
    `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"${t}>` +
    background +
    uses +
    '</pattern>'
  );
}

/** The SVG document of a pattern (a square of repeats × TILE user units). */
export function buildPatternSvg(s: PatternSpec, size = 768): string {
  const c = coloursOf(s);
  const W = s.repeats * TILE;
  const tile = FAMILIES[s.family]({ rng: createRng(mixSeed(s.seed, 1)), c });
  // The cracks repeat on a tile of their own, not a multiple of the motif tile, so the crackle does
  // not repeat with the motif.
  const crackTile = Math.round(TILE * 1.37);
  const crackPath = cracks(createRng(mixSeed(s.seed, 2)), crackTile, 18);
  const crackColour = s.darkGround ? c.light : c.ink;
  const turn = s.angle ? `rotate(${f(s.angle)} ${W / 2} ${W / 2})` : '';
  const grainSeed = mixSeed(s.seed, 3) % 10_000;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${W} ${W}">` +
    '<defs>' +
    wrappedPattern('motif', TILE, tile, `<rect width="${TILE}" height="${TILE}" fill="${c.ground}"/>`, turn) +
    wrappedPattern(
      'crack',
      crackTile,
      `<path d="${crackPath}" fill="none" stroke="${crackColour}" stroke-width="0.7" stroke-opacity="0.4" stroke-linecap="round"/>`,
      '',
    ) +
    '<filter id="cloth" x="0" y="0" width="100%" height="100%" color-interpolation-filters="sRGB">' +
    `<feTurbulence type="fractalNoise" baseFrequency="0.02 0.7" numOctaves="2" seed="${grainSeed}"/>` +
    '<feColorMatrix type="matrix" values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  2 0 0 0 -0.9"/>' +
    '</filter>' +
    '</defs>' +
    `<rect width="${W}" height="${W}" fill="url(#motif)"/>` +
    `<rect width="${W}" height="${W}" fill="url(#crack)"/>` +
    `<rect width="${W}" height="${W}" filter="url(#cloth)" opacity="0.16"/>` +
    '</svg>'
  );
}

/** A demo batik picture of the pattern: a size×size PNG, byte-identical for the same spec and size. */
export async function renderMotifPattern(s: PatternSpec, size = 768): Promise<Buffer> {
  if (!Number.isInteger(size) || size < 16 || size > 4096) {
    throw new RangeError('size must be a whole number of pixels from 16 to 4096');
  }
  // librsvg rasterises at the SVG's width and height, which are the requested size.
  return sharp(Buffer.from(buildPatternSvg(s, size)))
    .png()
    .toBuffer();
}

/** Another picture of the same motif (see variantSpec), e.g. a second colourway for its gallery. */
export function renderVariant(s: PatternSpec, variant: number, size = 768): Promise<Buffer> {
  return renderMotifPattern(variantSpec(s, variant), size);
}
