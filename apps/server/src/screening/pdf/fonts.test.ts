import { describe, expect, it } from "vitest";
import { fontFor, loadFonts, shapeRun } from "./fonts.ts";

describe("PDF fonts and shaping", () => {
  const fonts = loadFonts().regular;
  const font = (text: string) => fontFor(fonts, text);

  it("picks each script's own Noto font, Latin and Vietnamese from Noto Sans", () => {
    expect(font("A").key).toBe("noto-sans-latin-regular");
    expect(font("ạ").key).toBe("noto-sans-vietnamese-regular");
    expect(font("ก").key).toBe("noto-sans-thai-thai-regular");
    expect(font("ក").key).toBe("noto-sans-khmer-khmer-regular");
    expect(font("က").key).toBe("noto-sans-myanmar-myanmar-regular");
    expect(font("ກ").key).toBe("noto-sans-lao-lao-regular");
  });

  it("draws a Burmese vowel sign E before its consonant, as it is read (fontkit did not)", () => {
    // ကလေး: ka, la, vowel sign E (stored after la, drawn before it), visarga.
    const myanmar = font("က");
    const run = shapeRun(myanmar, "ကလေး");
    const e = myanmar.hbFont.glyph(0x1031) ?? -1;
    const la = myanmar.hbFont.glyph(0x101c) ?? -1;
    const ids = run.glyphs.map((g) => g.id);
    expect(ids.indexOf(e)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(e)).toBeLessThan(ids.indexOf(la));
  });

  it("shapes Khmer stacked consonants and marks without failing, every glyph from the font", () => {
    const khmer = font("ក");
    const run = shapeRun(khmer, "ខ្ញុំ ស្ត្រី");
    expect(run.glyphs.length).toBeGreaterThan(0);
    expect(run.glyphs.every((g) => g.id !== 0)).toBe(true);
    // Each character is kept for copying and searching the PDF's text.
    const kept = run.glyphs.flatMap((g) => g.codePoints).map((c) => String.fromCodePoint(c));
    expect(kept.join("")).toBe("ខ្ញុំ ស្ត្រី");
  });
});
