// The lexicons shipped with the code: one file per language in ./data, versioned, each phrase
// with its provenance, source and review status. Every one passes the schema when loaded, so a
// bad edit fails at start rather than screening with half a lexicon.
import type { Language } from "../types.ts";
import en from "./phrases/en.json" with { type: "json" };
import fil from "./phrases/fil.json" with { type: "json" };
import id from "./phrases/id.json" with { type: "json" };
import km from "./phrases/km.json" with { type: "json" };
import lo from "./phrases/lo.json" with { type: "json" };
import ms from "./phrases/ms.json" with { type: "json" };
import my from "./phrases/my.json" with { type: "json" };
import th from "./phrases/th.json" with { type: "json" };
import vi from "./phrases/vi.json" with { type: "json" };
import zh from "./phrases/zh.json" with { type: "json" };
import { type Lexicon, parseLexicon } from "./schema.ts";

export {
  AGENCY_ENTRY_FIRST,
  Lexicon,
  LexiconEntry,
  LexiconError,
  parseLexicon,
} from "./schema.ts";

const raw: Record<Language, unknown> = { en, vi, th, km, id, ms, my, lo, fil, zh };

/** The shipped lexicons, validated. */
export const bundledLexicons: readonly Lexicon[] = Object.entries(raw).map(([lang, data]) =>
  parseLexicon(data, `lexicons/phrases/${lang}.json`),
);
