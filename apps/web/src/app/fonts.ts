// The app carries its own fonts: office laptops in the region often lack Thai, Khmer, Burmese
// or Lao fonts, and a name that renders as empty boxes is a name nobody can check. Each
// @font-face has a unicode-range, so a browser downloads only the scripts a page shows.
// Script fonts load only their own subset; Latin (with Vietnamese) comes from Noto Sans.
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/600.css";
import "@fontsource/noto-sans/700.css";
import "@fontsource/noto-sans-thai/thai-400.css";
import "@fontsource/noto-sans-thai/thai-600.css";
import "@fontsource/noto-sans-thai/thai-700.css";
import "@fontsource/noto-sans-khmer/khmer-400.css";
import "@fontsource/noto-sans-khmer/khmer-700.css";
import "@fontsource/noto-sans-myanmar/myanmar-400.css";
import "@fontsource/noto-sans-myanmar/myanmar-700.css";
import "@fontsource/noto-sans-lao/lao-400.css";
import "@fontsource/noto-sans-lao/lao-700.css";
// Chinese in one weight only, in unicode-range slices: the full font is large, and a bold
// synthesised from the regular weight reads well enough.
import "@fontsource/noto-sans-sc/400.css";

/** Noto Sans first, then each script's Noto font, so every script finds its own glyphs. */
export const fontStack = [
  '"Noto Sans"',
  '"Noto Sans Thai"',
  '"Noto Sans Khmer"',
  '"Noto Sans Myanmar"',
  '"Noto Sans Lao"',
  '"Noto Sans SC"',
  "sans-serif",
].join(", ");

/**
 * Monospace for codes and keys (Latin only), with the Noto script fonts before the generic
 * fallback: a label that inherits it must still show Thai or Khmer, never empty boxes.
 */
export const monospaceStack = [
  "ui-monospace",
  "SFMono-Regular",
  "Menlo",
  "Consolas",
  '"Liberation Mono"',
  '"DejaVu Sans Mono"',
  ...fontStack.split(", ").filter((f) => f !== "sans-serif"),
  "monospace",
].join(", ");
