import fs from "node:fs";
import { createRequire } from "node:module";
import zlib from "node:zlib";
import * as hb from "harfbuzzjs";

/*
 * The PDF carries its own fonts: the node's machine has no Thai, Khmer, Burmese or Lao fonts,
 * and a report whose text renders as empty boxes is a report nobody can check. The Noto fonts
 * come from the same @fontsource packages as the web app, one file per script subset.
 *
 * Text is shaped by HarfBuzz (harfbuzzjs), not by pdfkit's own fontkit: fontkit has no Myanmar
 * shaper (Burmese vowels and medials come out in the wrong order) and fails on some Khmer mark
 * attachments. pdfkit still embeds and subsets the fonts; only its `layout` is replaced.
 */

const require = createRequire(import.meta.url);

export type Weight = "regular" | "bold";

/** The subsets, in the order a character looks for its font: Latin first, then each script. */
const subsets = [
  ["noto-sans", "latin"],
  ["noto-sans", "latin-ext"],
  ["noto-sans", "vietnamese"],
  ["noto-sans-thai", "thai"],
  ["noto-sans-khmer", "khmer"],
  ["noto-sans-myanmar", "myanmar"],
  ["noto-sans-lao", "lao"],
] as const;

/** One loaded font: its pdfkit name, its OpenType bytes, its HarfBuzz font and what it covers. */
export type LoadedFont = {
  key: string;
  data: Buffer;
  hbFont: hb.Font;
  covers: Set<number>;
};

function fontPath(pkg: string, subset: string, weight: Weight) {
  const w = weight === "bold" ? 700 : 400;
  return require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${w}-normal.woff`);
}

/** Unpacks a WOFF 1.0 file into the plain OpenType file HarfBuzz reads (W3C WOFF §5–6). */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF file");
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? zlib.inflateSync(raw) : raw,
    };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(16 * 2 ** entrySelector, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - 16 * 2 ** entrySelector, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(header, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

function loadFont(pkg: string, subset: string, weight: Weight): LoadedFont {
  // Unpacked once here with node's zlib: handed a WOFF file, fontkit inflates its tables in
  // JavaScript again for every document, most of a report's rendering time.
  const data = woffToSfnt(fs.readFileSync(fontPath(pkg, subset, weight)));
  const face = new hb.Face(new hb.Blob(data));
  return {
    key: `${pkg}-${subset}-${weight}`,
    data,
    hbFont: new hb.Font(face),
    covers: new Set(face.collectUnicodes()),
  };
}

let cache: Record<Weight, LoadedFont[]> | null = null;

/** Every font of both weights, read once per process. */
export function loadFonts(): Record<Weight, LoadedFont[]> {
  cache ??= {
    regular: subsets.map(([pkg, subset]) => loadFont(pkg, subset, "regular")),
    bold: subsets.map(([pkg, subset]) => loadFont(pkg, subset, "bold")),
  };
  return cache;
}

type ShapedGlyph = { id: number; advanceWidth: number; codePoints: number[] };
type ShapedPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };

/**
 * Shapes one run of text with HarfBuzz, in the shape pdfkit expects of fontkit's `layout`:
 * glyphs with their advance and the code points they stand for (for copy and search), and
 * positions in font units. `advanceWidth` is read after pdfkit has scaled the positions.
 */
export function shapeRun(font: LoadedFont, text: string) {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font.hbFont, buffer);
  const shaped = buffer.getGlyphInfosAndPositions();
  const clusters = [...new Set(shaped.map((g) => g.cluster))].sort((a, b) => a - b);
  const seen = new Set<number>();
  const glyphs: ShapedGlyph[] = [];
  const positions: ShapedPosition[] = [];
  for (const g of shaped) {
    const next = clusters.find((c) => c > g.cluster) ?? text.length;
    const isFirst = !seen.has(g.cluster);
    seen.add(g.cluster);
    const codePoints = isFirst
      ? [...text.slice(g.cluster, next)].map((c) => c.codePointAt(0) ?? 0)
      : [];
    glyphs.push({
      id: g.codepoint,
      advanceWidth: font.hbFont.glyphHAdvance(g.codepoint),
      codePoints,
    });
    positions.push({
      xAdvance: g.xAdvance ?? 0,
      yAdvance: g.yAdvance ?? 0,
      xOffset: g.xOffset ?? 0,
      yOffset: g.yOffset ?? 0,
    });
  }
  return {
    glyphs,
    positions,
    get advanceWidth() {
      return positions.reduce((sum, p) => sum + p.xAdvance, 0);
    },
  };
}

/** Characters that never need a glyph of their own (joiners, breaks, variation selectors). */
const isIgnorable = (cp: number) =>
  (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff;

/** The first font that has a glyph for every character of a grapheme cluster. */
export function fontFor(fonts: LoadedFont[], cluster: string): LoadedFont {
  const codePoints = [...cluster].map((c) => c.codePointAt(0) ?? 0).filter((c) => !isIgnorable(c));
  return fonts.find((f) => codePoints.every((c) => f.covers.has(c))) ?? (fonts[0] as LoadedFont);
}
