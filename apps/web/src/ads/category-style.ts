import type { AdCategory } from "./ads-api.ts";

/**
 * A light background per category (dark text on it keeps a contrast above 7:1). Colour is a help,
 * never the only sign: every mark starts with its category letter, and the table lists it.
 */
export const categoryColour: Record<AdCategory, string> = {
  A: "var(--mantine-color-blue-1)",
  B: "var(--mantine-color-yellow-2)",
  C: "var(--mantine-color-grape-1)",
  D: "var(--mantine-color-orange-2)",
  E: "var(--mantine-color-cyan-1)",
  F: "var(--mantine-color-pink-1)",
  G: "var(--mantine-color-lime-2)",
};
