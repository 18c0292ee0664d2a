// The lexicons shipped with the code: one file per language in ./data, versioned, each phrase
// with its provenance, source and review status. Every one passes the schema when loaded, so a
// bad edit fails at start rather than screening with half a lexicon.
import type { Language } from "../types.ts";
import en from "./data/en.json" with { type: "json" };
import fil from "./data/fil.json" with { type: "json" };
import id from "./data/id.json" with { type: "json" };
import km from "./data/km.json" with { type: "json" };
import lo from "./data/lo.json" with { type: "json" };
import ms from "./data/ms.json" with { type: "json" };
import my from "./data/my.json" with { type: "json" };
import th from "./data/th.json" with { type: "json" };
import vi from "./data/vi.json" with { type: "json" };
import zh from "./data/zh.json" with { type: "json" };
import { type Lexicon, parseLexicon } from "./schema.ts";

export { Lexicon, LexiconEntry, LexiconError, parseLexicon } from "./schema.ts";

const raw: Record<Language, unknown> = { en, vi, th, km, id, ms, my, lo, fil, zh };

/** The shipped lexicons, validated. */
export const bundledLexicons: readonly Lexicon[] = Object.entries(raw).map(([lang, data]) =>
  parseLexicon(data, `lexicons/data/${lang}.json`),
);
