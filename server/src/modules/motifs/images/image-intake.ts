import { createHash } from 'node:crypto';
import { gunzipSync, constants as zlibConstants } from 'node:zlib';
import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { AppError } from '../../../lib/app-error.js';

/**
 * Intake of motif images: decide what an uploaded file really is, refuse anything dangerous or
 * broken, and derive the WebP variants that the web app shows.
 *
 * - The type comes from the first bytes only (never the file name or the browser's MIME type).
 *   JPEG, PNG and WebP are accepted; SVG/XML (also gzipped) is refused with its own message
 *   because it can carry scripts; everything else is "not an image".
 * - Decompression bombs are refused from the header, before any pixel is decoded; every decoding
 *   sharp instance also carries `limitInputPixels` as a second guard.
 * - `inspectImage` decodes the whole image once, so a truncated or damaged upload is refused at
 *   upload time rather than when a variant is first needed.
 * - Variants are re-encoded WebP without any metadata (no EXIF, GPS, XMP, ICC): the EXIF
 *   orientation is applied to the pixels first and colours are converted to sRGB.
 */

/** The route enforces it (multipart limit); exported for messages. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** About a 50-megapixel phone photo. */
export const MAX_IMAGE_PIXELS = 50_000_000;

export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp';

export interface InspectedImage {
  mimeType: ImageMime;
  /** As stored in the file, before EXIF orientation. */
  width: number;
  height: number;
  /** After EXIF orientation (swapped for orientations 5–8). */
  orientedWidth: number;
  orientedHeight: number;
  /** SHA-256 of the original bytes, lower-case hex. */
  sha256: string;
  sizeBytes: number;
}

/** Longest edge in pixels. Never upscaled. */
export const VARIANT_SIZES = { thumb: 320, web: 1024, large: 2048 } as const;
export type VariantSize = keyof typeof VARIANT_SIZES;

export interface ImageVariant {
  size: VariantSize;
  width: number;
  height: number;
  /** WebP. */
  bytes: Buffer;
}

const WEBP_QUALITY: Record<VariantSize, number> = { thumb: 75, web: 80, large: 80 };
/** Largest first: the largest is made from the original, the smaller ones from it. */
const VARIANT_ORDER: readonly VariantSize[] = ['large', 'web', 'thumb'];

/**
 * Options of every sharp instance that decodes pixels. `failOn: 'error'` refuses truncated data
 * and decoder errors (e.g. a PNG chunk with a bad CRC) but tolerates mere libjpeg warnings, which
 * real phone and scanner files do produce; sharp's default, `'warning'`, would refuse those.
 */
const DECODE_OPTIONS: SharpOptions = { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS };

// ---------------------------------------------------------------------------------------------
// Sniffing
// ---------------------------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** How much of the start of a file is examined for an SVG/XML prologue. */
const TEXT_SNIFF_BYTES = 4096;

const SHARP_FORMAT: Record<ImageMime, Metadata['format']> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

const startsWith = (bytes: Buffer, prefix: Buffer | string, at = 0) => {
  const p = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return bytes.length >= at + p.length && bytes.subarray(at, at + p.length).equals(p);
};

/** The image type from the magic numbers, or null when the bytes are none of the accepted ones. */
function sniffImageMime(bytes: Buffer): ImageMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'image/webp';
  return null;
}

/** The first bytes as text: UTF-8, or UTF-16 by its byte-order mark or by the zero bytes of ASCII. */
function headAsText(bytes: Buffer): string {
  const head = bytes.subarray(0, TEXT_SNIFF_BYTES);
  let encoding = 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) encoding = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) encoding = 'utf-16be';
  else if (head.length >= 4 && head[1] === 0 && head[3] === 0) encoding = 'utf-16le';
  else if (head.length >= 4 && head[0] === 0 && head[2] === 0) encoding = 'utf-16be';
  // TextDecoder drops a leading BOM itself; the replace below also covers stray ones.
  return new TextDecoder(encoding).decode(head);
}

function looksLikeSvgOrXml(text: string): boolean {
  // `\s` includes U+FEFF, so stray byte-order marks go with the whitespace.
  const t = text.replace(/^\s+/, '').toLowerCase();
  if (!t.startsWith('<')) return false;
  if (t.startsWith('<?xml') || t.startsWith('<svg') || t.startsWith('<!doctype svg')) return true;
  // A comment or other markup first (e.g. an editor's "Generator" comment), then the svg element.
  return t.includes('<svg');
}

const isGzip = (bytes: Buffer) =>
  bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;

/** The beginning of a gzip stream (svgz), bounded in input and output so a gzip bomb costs nothing. */
function gunzipHead(bytes: Buffer): Buffer | null {
  try {
    return gunzipSync(bytes.subarray(0, 16 * 1024), {
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
      maxOutputLength: 1024 * 1024,
    });
  } catch {
    return null;
  }
}

/** The accepted type of the bytes; throws IMAGE_SVG_REFUSED or IMAGE_NOT_IMAGE otherwise. */
export function detectImageMime(bytes: Buffer): ImageMime {
  const mime = sniffImageMime(bytes);
  if (mime) return mime;
  if (looksLikeSvgOrXml(headAsText(bytes))) throw new AppError('IMAGE_SVG_REFUSED');
  if (isGzip(bytes)) {
    const inner = gunzipHead(bytes);
    if (inner && looksLikeSvgOrXml(headAsText(inner))) throw new AppError('IMAGE_SVG_REFUSED');
  }
  throw new AppError('IMAGE_NOT_IMAGE');
}

// ---------------------------------------------------------------------------------------------
// Header and decoding
// ---------------------------------------------------------------------------------------------

const tooManyPixels = (width: number, height: number) =>
  new AppError('IMAGE_TOO_MANY_PIXELS', {
    width,
    height,
    maxMegapixels: Math.round(MAX_IMAGE_PIXELS / 1_000_000),
  });

/** A sharp/libvips failure as an AppError; the original message stays as the detail for the log. */
function decodeError(err: unknown, width?: number, height?: number): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/exceeds pixel limit/i.test(message) && width !== undefined && height !== undefined) {
    return tooManyPixels(width, height);
  }
  return new AppError('IMAGE_CORRUPT', {}, message);
}

interface Header {
  mimeType: ImageMime;
  metadata: Metadata;
}

/**
 * Sniffs the type and reads the header only (no pixels), refusing too many pixels. The one sharp
 * instance without `limitInputPixels`: with it, sharp refuses the header read itself and the user
 * could not be told the dimensions. `metadata()` never decodes pixel data.
 */
async function readHeader(bytes: Buffer): Promise<Header> {
  const mimeType = detectImageMime(bytes);
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw decodeError(err);
  }
  if (metadata.format !== SHARP_FORMAT[mimeType]) {
    throw new AppError('IMAGE_NOT_IMAGE', {}, `magic says ${mimeType}, libvips says ${metadata.format}`);
  }
  const { width, height } = metadata;
  if (!(width > 0 && height > 0)) throw new AppError('IMAGE_CORRUPT', {}, `dimensions ${width}×${height}`);
  if (width * height > MAX_IMAGE_PIXELS) throw tooManyPixels(width, height);
  return { mimeType, metadata };
}

/**
 * Checks an uploaded file and describes it. Decodes all pixel data once (into a tiny thumbnail,
 * which for JPEG uses shrink-on-load and is cheap) so truncated or damaged files are refused now.
 */
export async function inspectImage(bytes: Buffer): Promise<InspectedImage> {
  const { mimeType, metadata } = await readHeader(bytes);
  const { width, height } = metadata;
  try {
    await sharp(bytes, DECODE_OPTIONS).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch (err) {
    throw decodeError(err, width, height);
  }
  return {
    mimeType,
    width,
    height,
    orientedWidth: metadata.autoOrient.width,
    orientedHeight: metadata.autoOrient.height,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sizeBytes: bytes.length,
  };
}

/**
 * The WebP variants, largest first: always all three sizes of VARIANT_SIZES. Each fits inside its
 * longest edge and is never enlarged, so for a small original several variants have the original
 * size (callers can always rely on three variants). EXIF orientation is applied; the output
 * carries no metadata at all.
 *
 * The original is decoded once, into the largest variant's pixels (sRGB, 8-bit, oriented); the
 * smaller variants are resized from those pixels. This keeps the cost at one full decode also for
 * PNG and WebP, which have no cheap shrink-on-load like JPEG, and bounds memory by a 2048-pixel
 * raw image (≤ 16 MB).
 */
export async function deriveVariants(bytes: Buffer): Promise<ImageVariant[]> {
  const { metadata } = await readHeader(bytes);
  const largest = VARIANT_SIZES[VARIANT_ORDER[0] ?? 'large'];
  let base: { data: Buffer; info: sharp.OutputInfo };
  try {
    base = await sharp(bytes, DECODE_OPTIONS)
      .rotate()
      .resize(largest, largest, { fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw decodeError(err, metadata.width, metadata.height);
  }
  const { width, height, channels } = base.info;
  if (channels !== 3 && channels !== 4) {
    throw new AppError('IMAGE_CORRUPT', {}, `unexpected channel count ${channels} after decoding`);
  }
  const variants: ImageVariant[] = [];
  for (const size of VARIANT_ORDER) {
    const edge = VARIANT_SIZES[size];
    try {
      const { data, info } = await sharp(base.data, {
        raw: { width, height, channels },
        limitInputPixels: MAX_IMAGE_PIXELS,
      })
        .resize(edge, edge, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: WEBP_QUALITY[size] })
        .toBuffer({ resolveWithObject: true });
      variants.push({ size, width: info.width, height: info.height, bytes: data });
    } catch (err) {
      throw decodeError(err, width, height);
    }
  }
  return variants;
}
