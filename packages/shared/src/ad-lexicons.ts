import { z } from "zod";
import { adCategories, adLanguages } from "./ad-vocabulary.ts";
import { Id } from "./text.ts";

/*
 * An agency's own advert lexicon entries. The fields are the package's LexiconEntry's; the server
 * sets the id (numbered from 500), the provenance ("agency") and the review status ("draft").
 * Agencies add phrases, link hosts and phone prefixes; regular expressions stay with the team,
 * since a pattern written outside the code could stall every screening on the node.
 */

/** The match kinds an agency may add (regular expressions stay with the team). */
export const agencyMatchKinds = ["phrase", "host", "phone-prefix"] as const;

export const AdLexiconEntryBody = z.strictObject({
  language: z.enum(adLanguages),
  category: z.enum(adCategories),
  text: z.string().trim().min(1, "Required").max(200, "At most 200 characters"),
  match: z.enum(agencyMatchKinds).default("phrase"),
  gloss: z.string().trim().max(300).optional(),
  weight: z.number().min(0).max(5).optional(),
  exactMarks: z.boolean().optional(),
  note: z.string().trim().max(500).optional(),
  /** Where the phrase was seen: an advert's platform and date, a report number. Never a person. */
  source: z.array(z.string().trim().min(1).max(200)).min(1, "Say where the phrase was seen").max(5),
});
export type AdLexiconEntryBody = z.infer<typeof AdLexiconEntryBody>;

export const AdLexiconRetireBody = z.strictObject({
  reason: z.string().trim().min(3, "Say why").max(500),
});
export type AdLexiconRetireBody = z.infer<typeof AdLexiconRetireBody>;

export const AdLexiconEntryView = z.object({
  id: Id,
  entryId: z.string(),
  language: z.enum(adLanguages),
  category: z.enum(adCategories),
  text: z.string(),
  match: z.enum(agencyMatchKinds),
  gloss: z.string().nullable(),
  weight: z.number().nullable(),
  exactMarks: z.boolean(),
  note: z.string().nullable(),
  source: z.array(z.string()),
  review: z.enum(["checked", "draft"]),
  status: z.enum(["active", "retired"]),
  addedVersion: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  retiredVersion: z.string().nullable(),
  retiredAt: z.string().nullable(),
  retireReason: z.string().nullable(),
});
export type AdLexiconEntryView = z.infer<typeof AdLexiconEntryView>;

export const AgencyLexiconsView = z.object({
  organisationId: Id,
  /** The scope every indicator from these entries names in its version (`vi+org-…@2026.3`). */
  scope: z.string(),
  canEdit: z.boolean(),
  lexicons: z.array(
    z.object({
      language: z.enum(adLanguages),
      version: z.string(),
      revision: z.number().int(),
      entries: z.array(AdLexiconEntryView),
    }),
  ),
});
export type AgencyLexiconsView = z.infer<typeof AgencyLexiconsView>;
