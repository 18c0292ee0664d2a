import type PDFDocument from "pdfkit";
import { fontFor, type LoadedFont, loadFonts, shapeRun, type Weight } from "./fonts.ts";

/*
 * Paragraph layout for mixed-script text. pdfkit's own wrapping knows one font per call and
 * breaks lines only at spaces, but a sentence in Thai, Khmer, Lao or Burmese has no spaces
 * between words, and its legal references are in Latin letters that the script's font lacks.
 * So each paragraph is cut into words (Intl.Segmenter, with ICU's dictionaries for those
 * scripts), each word into runs by the font that has its glyphs, and lines are filled here.
 */

type Doc = InstanceType<typeof PDFDocument>;
type PdfkitFont = { ascender: number; font: { layout: unknown; isShapedByHarfBuzz?: boolean } };

/** Text style of one paragraph. */
export type TextStyle = {
  size: number;
  weight?: Weight;
  color?: string;
  indent?: number;
  /** How much further the lines after the first are indented (a bullet's text). */
  hang?: number;
};

type Run = { font: LoadedFont; text: string; width: number };
type Piece = { runs: Run[]; width: number; spaceBefore: boolean };

const complexScript = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF]/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const words = new Intl.Segmenter(undefined, { granularity: "word" });

/** Registers every font with the document (embedded only if used). */
export function registerFonts(doc: Doc) {
  const fonts = loadFonts();
  for (const f of [...fonts.regular, ...fonts.bold]) doc.registerFont(f.key, f.data);
}

/** Selects a font and hands its layout to HarfBuzz. */
function useFont(doc: Doc, font: LoadedFont, size: number): PdfkitFont {
  doc.font(font.key).fontSize(size);
  const current = (doc as unknown as { _font: PdfkitFont })._font;
  if (!current.font.isShapedByHarfBuzz) {
    current.font.layout = (text: string) => shapeRun(font, text);
    current.font.isShapedByHarfBuzz = true;
  }
  return current;
}

function runsOf(doc: Doc, text: string, fonts: LoadedFont[], size: number): Run[] {
  const runs: Run[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const last = runs.at(-1);
    const font = segment === " " && last ? last.font : fontFor(fonts, segment);
    if (last && last.font === font) last.text += segment;
    else runs.push({ font, text: segment, width: 0 });
  }
  for (const run of runs) {
    useFont(doc, run.font, size);
    run.width = doc.widthOfString(run.text);
  }
  return runs;
}

/** Cuts a paragraph into the pieces a line may break between. */
function piecesOf(
  doc: Doc,
  text: string,
  fonts: LoadedFont[],
  size: number,
  maxWidth: number,
): Piece[] {
  const pieces: Piece[] = [];
  const measure = (part: string) => {
    const runs = runsOf(doc, part, fonts, size);
    return { runs, width: runs.reduce((sum, r) => sum + r.width, 0) };
  };
  for (const [i, token] of text.split(/\s+/).entries()) {
    if (!token) continue;
    const parts = complexScript.test(token)
      ? [...words.segment(token)].map((s) => s.segment)
      : [token];
    parts.forEach((part, j) => {
      const spaceBefore = j === 0 && i > 0;
      const whole = measure(part);
      if (whole.width <= maxWidth) {
        pieces.push({ ...whole, spaceBefore });
        return;
      }
      // Wider than a line (a long link or code): broken between characters, never inside one.
      [...graphemes.segment(part)].forEach(({ segment }, k) => {
        pieces.push({ ...measure(segment), spaceBefore: spaceBefore && k === 0 });
      });
    });
  }
  return pieces;
}

/**
 * Writes a paragraph at the document's cursor, wrapping within the margins and adding pages as
 * needed, and moves the cursor below it.
 */
export function writeParagraph(doc: Doc, text: string, style: TextStyle) {
  const fonts = loadFonts()[style.weight ?? "regular"];
  const left = doc.page.margins.left + (style.indent ?? 0);
  const right = doc.page.width - doc.page.margins.right;
  const lineHeight = style.size * 1.75;
  useFont(doc, fonts[0] as LoadedFont, style.size);
  const spaceWidth = doc.widthOfString(" ");
  const lines: Piece[][] = [[]];
  let lineWidth = 0;
  const maxWidth = right - left - (style.hang ?? 0);
  for (const piece of piecesOf(doc, text, fonts, style.size, maxWidth)) {
    const line = lines.at(-1) as Piece[];
    const added = (line.length && piece.spaceBefore ? spaceWidth : 0) + piece.width;
    const hang = lines.length > 1 ? (style.hang ?? 0) : 0;
    if (line.length && lineWidth + added > right - left - hang) {
      lines.push([piece]);
      lineWidth = piece.width;
    } else {
      line.push(piece);
      lineWidth += added;
    }
  }
  doc.fillColor(style.color ?? "#1a1a1a");
  lines.forEach((line, n) => {
    if (doc.y + lineHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const baseline = doc.y + style.size * 1.2;
    let x = left + (n > 0 ? (style.hang ?? 0) : 0);
    line.forEach((piece, i) => {
      if (i > 0 && piece.spaceBefore) x += spaceWidth;
      for (const run of piece.runs) {
        const font = useFont(doc, run.font, style.size);
        doc.text(run.text, x, baseline - (font.ascender / 1000) * style.size, {
          lineBreak: false,
        });
        x += run.width;
      }
    });
    doc.y = baseline - style.size * 1.2 + lineHeight;
  });
  doc.x = doc.page.margins.left;
}
