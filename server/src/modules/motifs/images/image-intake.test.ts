import { createHash } from 'node:crypto';
import { crc32, deflateSync, gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  deriveVariants,
  detectImageMime,
  type ImageVariant,
  inspectImage,
  MAX_IMAGE_PIXELS,
  VARIANT_SIZES,
} from './image-intake.js';

/** A picture with some structure (so orientation is visible) and noise (so JPEG is not trivially tiny). */
const picture = (width: number, height: number) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  }).composite([
    {
      input: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
          `<rect width="${Math.round(width / 3)}" height="${height}" fill="#7a2e0e"/></svg>`,
      ),
    },
  ]);

/** Flattens a composite into a fresh buffer, so later pipelines start from real encoded bytes. */
const encode = async (width: number, height: number, format: 'jpeg' | 'png' | 'webp') =>
  sharp(await picture(width, height).png().toBuffer())
    .toFormat(format)
    .toBuffer();

/** PNG chunk with a correct CRC over type + data. */
const pngChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A ~100-byte PNG whose header claims `width` × `height` 8-bit RGB pixels. */
const pngBomb = (width: number, height: number) => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(4096))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
};

/** Whether a raw EXIF block (as sharp's metadata gives it) points to a GPS IFD (tag 0x8825). */
const hasGpsIfd = (exif: Buffer | undefined) =>
  exif !== undefined &&
  (exif.includes(Buffer.from([0x25, 0x88, 0x04, 0x00])) ||
    exif.includes(Buffer.from([0x88, 0x25, 0x00, 0x04])));

/** The FourCCs of the chunks of a WebP (RIFF) file, e.g. ['VP8 '] or ['VP8X', 'ALPH', 'VP8 ']. */
const webpChunks = (bytes: Buffer) => {
  const chunks: string[] = [];
  for (let at = 12; at + 8 <= bytes.length; ) {
    chunks.push(bytes.toString('latin1', at, at + 4));
    const size = bytes.readUInt32LE(at + 4);
    at += 8 + size + (size % 2);
  }
  return chunks;
};

const longestEdge = (v: ImageVariant) => Math.max(v.width, v.height);

describe('inspectImage: accepted images', () => {
  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
  ] as const)('accepts %s by its bytes, with type, size and hash', async (format, mimeType) => {
    const bytes = await encode(640, 480, format);
    const info = await inspectImage(bytes);
    expect(info).toEqual({
      mimeType,
      width: 640,
      height: 480,
      orientedWidth: 640,
      orientedHeight: 480,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.length,
    });
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tolerates data after the end of a JPEG (the decoder does not mind)', async () => {
    const jpeg = await encode(200, 100, 'jpeg');
    const info = await inspectImage(Buffer.concat([jpeg, Buffer.from('PK\u0003\u0004trailing')]));
    expect(info.mimeType).toBe('image/jpeg');
  });
});

describe('EXIF orientation', () => {
  let rotated: Buffer;
  beforeAll(async () => {
    // A 600 × 400 landscape frame stored with "rotate 90° clockwise" (6) and a GPS position.
    rotated = await sharp(await encode(600, 400, 'jpeg'))
      .withMetadata({
        orientation: 6,
        exif: { IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '7/1 48/1 0/1' } },
      })
      .jpeg()
      .toBuffer();
    const source = await sharp(rotated).metadata();
    expect(source.orientation).toBe(6);
    expect(source.exif).toBeDefined();
    expect(hasGpsIfd(source.exif)).toBe(true);
  });

  it('reports stored and oriented dimensions', async () => {
    const info = await inspectImage(rotated);
    expect(info).toMatchObject({ width: 600, height: 400, orientedWidth: 400, orientedHeight: 600 });
  });

  it('applies the orientation to the variants and strips all metadata (no EXIF, no GPS)', async () => {
    const variants = await deriveVariants(rotated);
    expect(variants.map((v) => v.size)).toEqual(['large', 'web', 'thumb']);
    for (const v of variants) {
      const meta = await sharp(v.bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(webpChunks(v.bytes)[0]).toMatch(/^VP8/);
      expect(webpChunks(v.bytes)).not.toContain('EXIF');
      expect(webpChunks(v.bytes)).not.toContain('XMP ');
      expect(webpChunks(v.bytes)).not.toContain('ICCP');
      expect([meta.width, meta.height]).toEqual([v.width, v.height]);
      expect(v.height).toBeGreaterThan(v.width); // portrait now
    }
    const thumb = variants.find((v) => v.size === 'thumb');
    expect(thumb).toMatchObject({ width: 213, height: 320 });
  });
});

describe('inspectImage: refused files', () => {
  it('refuses a JPEG cut in half as corrupt, keeping the decoder message as detail', async () => {
    const jpeg = await encode(1200, 800, 'jpeg');
    const half = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    const err = await inspectImage(half).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'IMAGE_CORRUPT' });
    expect((err as { detail?: string }).detail).toMatch(/premature end|truncated/i);
    await expect(deriveVariants(half)).rejects.toMatchObject({ code: 'IMAGE_CORRUPT' });
  });

  it.each(['png', 'webp'] as const)('refuses a %s cut in half as corrupt', async (format) => {
    const bytes = await encode(1200, 800, format);
    await expect(inspectImage(bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toMatchObject({
      code: 'IMAGE_CORRUPT',
    });
  });

  it('refuses a PNG whose pixel data was damaged (bad CRC)', async () => {
    const png = Buffer.from(await encode(600, 400, 'png'));
    const middle = Math.floor(png.length / 2);
    png[middle] = (png[middle] ?? 0) ^ 0xff;
    await expect(inspectImage(png)).rejects.toMatchObject({ code: 'IMAGE_CORRUPT' });
  });

  it('refuses an image header with nothing behind it', async () => {
    await expect(inspectImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).rejects.toMatchObject({
      code: 'IMAGE_CORRUPT',
    });
  });

  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>';
  it.each([
    ['plain SVG with a script', Buffer.from(svg)],
    ['XML prologue', Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`)],
    ['leading whitespace', Buffer.from(`\n\r\t   ${svg}`)],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(svg)])],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(svg, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.from(Buffer.from(`\uFEFF${svg}`, 'utf16le').swap16())],
    ['UTF-16LE without BOM, whitespace first', Buffer.from(`  \n${svg}`, 'utf16le')],
    ['editor comment first', Buffer.from(`<!-- Generator: Adobe Illustrator -->\n${svg}`)],
    ['doctype', Buffer.from(`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">${svg}`)],
    ['upper case', Buffer.from(svg.toUpperCase())],
    ['gzip-compressed (svgz)', gzipSync(Buffer.from(`<?xml version="1.0"?>${svg}`))],
  ])('refuses SVG/XML: %s', async (_name, bytes) => {
    // The bytes would arrive as "photo.jpg" with type image/jpeg: neither is looked at.
    await expect(inspectImage(bytes)).rejects.toMatchObject({ code: 'IMAGE_SVG_REFUSED' });
    await expect(deriveVariants(bytes)).rejects.toMatchObject({ code: 'IMAGE_SVG_REFUSED' });
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
    ['a text file', Buffer.from('Motif Parang Rusak, Sentra Batik Laweyan\n')],
    ['a zip', Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000')],
    ['a renamed .exe', Buffer.concat([Buffer.from('MZ\u0090\u0000'), Buffer.alloc(60)])],
    ['an HTML page', Buffer.from('<!doctype html><html><body>hi</body></html>')],
    ['gzip of text', gzipSync(Buffer.from('not markup at all'))],
    ['a TIFF (little-endian)', Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00])],
    ['a HEIC', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(12)])],
    ['an AVIF', Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif'), Buffer.alloc(16)])],
    ['a RIFF that is not WebP (WAV)', Buffer.from('RIFF\u0024\u0000\u0000\u0000WAVEfmt ')],
  ])('refuses %s as not an image', async (_name, bytes) => {
    await expect(inspectImage(bytes)).rejects.toMatchObject({ code: 'IMAGE_NOT_IMAGE' });
  });

  it.each(['gif', 'tiff'] as const)('refuses a real %s as not an image', async (format) => {
    const bytes = await sharp(await encode(64, 64, 'png'))
      .toFormat(format)
      .toBuffer();
    await expect(inspectImage(bytes)).rejects.toMatchObject({ code: 'IMAGE_NOT_IMAGE' });
    await expect(deriveVariants(bytes)).rejects.toMatchObject({ code: 'IMAGE_NOT_IMAGE' });
  });

  it('exposes the sniffer for callers that only need the type', () => {
    expect(detectImageMime(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(() => detectImageMime(Buffer.from('GIF89a'))).toThrow(
      expect.objectContaining({ code: 'IMAGE_NOT_IMAGE' }),
    );
  });
});

describe('decompression bombs', () => {
  it('refuses a tiny PNG claiming 30000 × 30000 from its header, fast and without decoding', async () => {
    const bomb = pngBomb(30_000, 30_000);
    expect(bomb.length).toBeLessThan(200);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    await expect(inspectImage(bomb)).rejects.toMatchObject({
      code: 'IMAGE_TOO_MANY_PIXELS',
      params: { width: 30_000, height: 30_000, maxMegapixels: 50 },
    });
    await expect(deriveVariants(bomb)).rejects.toMatchObject({ code: 'IMAGE_TOO_MANY_PIXELS' });
    expect(performance.now() - started).toBeLessThan(1000);
    // 30000² RGB would be 2.7 GB; allow generous slack for the runtime itself.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('accepts exactly the limit in the header check but refuses one row more', async () => {
    // 10000 × 5000 = MAX_IMAGE_PIXELS: passes the header check, then fails decoding the fake IDAT.
    await expect(inspectImage(pngBomb(10_000, 5_000))).rejects.toMatchObject({ code: 'IMAGE_CORRUPT' });
    expect(10_000 * 5_000).toBe(MAX_IMAGE_PIXELS);
    await expect(inspectImage(pngBomb(10_000, 5_001))).rejects.toMatchObject({
      code: 'IMAGE_TOO_MANY_PIXELS',
      params: { width: 10_000, height: 5_001 },
    });
  });
});

describe('deriveVariants', () => {
  it('makes three WebP variants of a 3000 × 2000 photo, longest edge per size', async () => {
    const variants = await deriveVariants(await encode(3000, 2000, 'jpeg'));
    expect(variants.map((v) => v.size)).toEqual(['large', 'web', 'thumb']);
    for (const v of variants) {
      expect(longestEdge(v)).toBe(VARIANT_SIZES[v.size]);
      expect(v.width).toBe(VARIANT_SIZES[v.size]);
      expect(Math.abs(v.height - (v.width * 2) / 3)).toBeLessThanOrEqual(1);
      const meta = await sharp(v.bytes).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: v.width, height: v.height });
      expect(meta.exif).toBeUndefined();
    }
    expect(variants.map((v) => [v.width, v.height])).toEqual([
      [2048, 1365],
      [1024, 683],
      [320, 213],
    ]);
  });

  it('never enlarges: a small original gives all three variants at (at most) its own size', async () => {
    const variants = await deriveVariants(await encode(500, 300, 'png'));
    expect(variants.map((v) => [v.size, v.width, v.height])).toEqual([
      ['large', 500, 300],
      ['web', 500, 300],
      ['thumb', 320, 192],
    ]);
  });

  it('keeps transparency of a PNG with alpha', async () => {
    const png = await sharp({
      create: { width: 400, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const [large] = await deriveVariants(png);
    expect((await sharp(large?.bytes).metadata()).hasAlpha).toBe(true);
  });

  it('handles 16-bit and greyscale PNGs', async () => {
    const grey16 = await sharp(await encode(300, 200, 'png'))
      .grayscale()
      .png()
      .toColourspace('grey16')
      .toBuffer();
    expect((await sharp(grey16).metadata()).depth).toBe('ushort');
    const variants = await deriveVariants(grey16);
    expect(variants.map((v) => [v.width, v.height])).toEqual([
      [300, 200],
      [300, 200],
      [300, 200],
    ]);
  });
});
