import { adLanguages, Id } from "@sahabat/shared";
import { z } from "zod";

// The agency lexicon's bodies and answers are in @sahabat/shared (ad-lexicons.ts); these are the
// routes' own query and parameters.

export const AgencyLexiconsQuery = z.strictObject({
  status: z.enum(["active", "all"]).default("active"),
});

export const LanguageParams = z.strictObject({ language: z.enum(adLanguages) });
export const EntryParams = z.strictObject({ id: Id });
