import {
  type CSSVariablesResolver,
  createTheme,
  Fieldset,
  type MantineColorsTuple,
  rem,
} from "@mantine/core";
import { fontStack, monospaceStack } from "./fonts.ts";

// A quiet blue-green. People using this work with traumatised children all day: the interface
// stays calm, and strong colour is kept for real risk (which later issues will mark).
const sahabat: MantineColorsTuple = [
  "#e8f4f6",
  "#d3e8ec",
  "#a6d0d9",
  "#76b7c5",
  "#4fa2b4",
  "#3695a9",
  "#258ea4",
  "#1a7a8f",
  "#0f6a7e",
  "#005c6f",
];

// Errors are shown in a dark amber-brown rather than alarm red: a mistyped code is not a
// danger. Its contrast on white is 6.8:1 (WCAG AA needs 4.5:1).
const calmError = "#8a4b08";

/** The Mantine theme: large readable type, Noto fonts for every script, AA contrast. */
export const theme = createTheme({
  primaryColor: "sahabat",
  primaryShade: 8,
  colors: { sahabat },
  fontFamily: fontStack,
  fontFamilyMonospace: monospaceStack,
  headings: {
    fontFamily: fontStack,
    fontWeight: "700",
    sizes: {
      h1: { fontSize: rem(30), lineHeight: "1.35" },
      h2: { fontSize: rem(23), lineHeight: "1.4" },
      h3: { fontSize: rem(19), lineHeight: "1.45" },
    },
  },
  // One step larger than Mantine's defaults: inputs and body text use 16–18 px.
  fontSizes: { xs: rem(14), sm: rem(16), md: rem(17), lg: rem(19), xl: rem(21) },
  // Thai and Burmese stack marks above and below the line; they need the extra leading.
  lineHeights: { xs: "1.5", sm: "1.6", md: "1.65", lg: "1.7", xl: "1.7" },
  defaultRadius: "sm",
  components: {
    // The legend of each part of a long form reads as its heading.
    Fieldset: Fieldset.extend({
      styles: { legend: { fontWeight: 700, fontSize: "var(--mantine-font-size-lg)" } },
    }),
  },
  focusRing: "auto",
  cursorType: "pointer",
});

/** Colour variables raised to AA contrast where Mantine's defaults fall short on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "#495057",
    "--mantine-color-error": calmError,
    "--mantine-color-anchor": sahabat[8],
    "--mantine-color-placeholder": "#5c636a",
  },
  dark: {},
});
