import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPatternSvg,
  DEMO_MOTIF_PATTERNS,
  PALETTE_NAMES,
  renderMotifPattern,
  renderVariant,
  variantSpec,
} from './pattern-generator.js';

const SIZE = 256;
const first = DEMO_MOTIF_PATTERNS[0];
if (!first) throw new Error('no demo patterns');
const base = first;

const MOTIF_KEYS = [
  'surya-majapahit',
  'pring-sedapur',
  'mrico-bolong',
  'sisik-gringsing',
  'koro-renteng',
  'rawan-inggek',
  'matahari',
  'gedeg-rubuh',
  'buah-mojo',
  'bunga-krisan',
  'batik-kalangbret',
  'sekar-sungsang',
  'parang-mojo',
  'pinggiran-ukel-majapahit',
];

/** A 32×32 greyscale thumbnail, the coarse look of a picture. */
async function thumbnail(png: Buffer): Promise<Uint8Array> {
  return new Uint8Array(await sharp(png).resize(32, 32, { fit: 'fill' }).greyscale().raw().toBuffer());
}

function meanAbsDiff(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}

describe('demo batik pattern generator', () => {
  let pngs: Buffer[] = [];

  beforeAll(async () => {
    pngs = await Promise.all(DEMO_MOTIF_PATTERNS.map((s) => renderMotifPattern(s, SIZE)));
  });

  it('has one pattern per demo motif, with its own seed, in all four colourways', () => {
    expect(DEMO_MOTIF_PATTERNS.map((s) => s.key)).toEqual(MOTIF_KEYS);
    expect(new Set(DEMO_MOTIF_PATTERNS.map((s) => s.seed)).size).toBe(MOTIF_KEYS.length);
    expect(new Set(DEMO_MOTIF_PATTERNS.map((s) => s.family)).size).toBe(MOTIF_KEYS.length);
    expect(new Set(DEMO_MOTIF_PATTERNS.map((s) => s.palette))).toEqual(new Set(PALETTE_NAMES));
    expect(DEMO_MOTIF_PATTERNS.filter((s) => s.region === 'kabupaten').map((s) => s.key)).toEqual([
      'sekar-sungsang',
      'parang-mojo',
      'pinggiran-ukel-majapahit',
    ]);
  });

  it('renders each pattern as a PNG of the requested size', async () => {
    for (const png of pngs) {
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', SIZE, SIZE]);
    }
    const small = await sharp(await renderMotifPattern(base, 100)).metadata();
    expect([small.width, small.height]).toEqual([100, 100]);
  });

  it('gives byte-identical output for the same spec', async () => {
    const again = await Promise.all(DEMO_MOTIF_PATTERNS.map((s) => renderMotifPattern({ ...s }, SIZE)));
    again.forEach((png, i) => {
      expect(png.equals(pngs[i] as Buffer), DEMO_MOTIF_PATTERNS[i]?.key).toBe(true);
    });
  });

  it('draws visibly different motifs', async () => {
    const thumbs = await Promise.all(pngs.map(thumbnail));
    // Measured: the closest pair (mrico-bolong / pinggiran-ukel-majapahit) differs by about 24.
    for (let i = 0; i < thumbs.length; i++) {
      for (let j = i + 1; j < thumbs.length; j++) {
        const d = meanAbsDiff(thumbs[i] as Uint8Array, thumbs[j] as Uint8Array);
        expect(d, `${MOTIF_KEYS[i]} vs ${MOTIF_KEYS[j]}`).toBeGreaterThan(15);
      }
    }
  });

  it('makes texture-rich pictures', async () => {
    // Measured: the flattest (gedeg-rubuh, sisik-gringsing) have a greyscale deviation of about 34.
    for (const [i, png] of pngs.entries()) {
      const { channels } = await sharp(png).greyscale().stats();
      expect(channels[0]?.stdev, MOTIF_KEYS[i]).toBeGreaterThan(25);
    }
  });

  it('draws no text or label', () => {
    for (const s of DEMO_MOTIF_PATTERNS) expect(buildPatternSvg(s, SIZE)).not.toMatch(/<text|<tspan|<image/);
  });

  it('makes other pictures of the same motif as variants', async () => {
    expect(variantSpec(base, 0)).toBe(base);
    const v1 = variantSpec(base, 1);
    expect(v1).toEqual(variantSpec(base, 1));
    expect([v1.key, v1.family]).toEqual([base.key, base.family]);
    expect(v1.palette).not.toBe(base.palette);
    expect(() => variantSpec(base, -1)).toThrow(RangeError);

    const variants = await Promise.all(DEMO_MOTIF_PATTERNS.map((s) => renderVariant(s, 1, SIZE)));
    for (const [i, png] of variants.entries()) {
      // Measured: at least about 34 (gedeg-rubuh); a new colourway on a swapped ground.
      const d = meanAbsDiff(await thumbnail(png), await thumbnail(pngs[i] as Buffer));
      expect(d, MOTIF_KEYS[i]).toBeGreaterThan(20);
    }
    expect((await renderVariant(base, 1, SIZE)).equals(variants[0] as Buffer)).toBe(true);
  });

  it('refuses an unusable size', async () => {
    await expect(renderMotifPattern(base, 0)).rejects.toThrow(RangeError);
    await expect(renderMotifPattern(base, 10.5)).rejects.toThrow(RangeError);
  });
});
