// The schema every lexicon must pass before it is used: a lexicon that fails is refused whole,
// so a bad edit by the team or an agency never changes what is screened (issue 7, "Bad input").
import { z } from "zod";
import { categories, languages } from "../types.ts";

const Review = z.enum(["source", "checked", "draft"]);

/** One entry of a lexicon: a phrase, a pattern, a link host or a phone prefix. */
export const LexiconEntry = z
  .strictObject({
    /** Stable: `vi-B-003`. Never reused for another phrase. */
    id: z.string().regex(/^[a-z]{2,3}-[A-G]-[0-9]{3}$/, "Expected an id like vi-B-003"),
    category: z.enum(categories),
    text: z.string().trim().min(1).max(200),
    /** phrase (default): the words; pattern: a regular expression on the normalised text;
     * host: a link's host; phone-prefix: an international dialling prefix. */
    match: z.enum(["phrase", "pattern", "host", "phone-prefix"]).default("phrase"),
    gloss: z.string().max(300).optional(),
    /** seen: in a source quoting real adverts; suggested: our rendering; team: added by us. */
    provenance: z.enum(["seen", "suggested", "team", "agency"]),
    source: z.array(z.string().min(1).max(200)).min(1),
    /** source: English, the reference's language; draft until a native speaker has checked it. */
    review: Review,
    /** Overrides the category's weight for this entry. */
    weight: z.number().min(0).max(5).optional(),
    /** Match only with the Vietnamese marks as written ("Lào", not "lao" of "lao động"). */
    exactMarks: z.boolean().optional(),
    note: z.string().max(500).optional(),
    addedBy: z.string().max(100).optional(),
  })
  .superRefine((entry, ctx) => {
    if (!entry.id.endsWith(`-${entry.category}-${entry.id.slice(-3)}`))
      ctx.addIssue({ code: "custom", path: ["id"], message: "The id must name the category" });
    if (entry.match === "pattern") {
      try {
        new RegExp(entry.text, "gu");
      } catch {
        ctx.addIssue({ code: "custom", path: ["text"], message: "Not a regular expression" });
      }
    }
  });
/** An entry as stored. */
export type LexiconEntry = z.infer<typeof LexiconEntry>;

/** The first entry number of an agency's own additions (`vi-B-500`). */
export const AGENCY_ENTRY_FIRST = 500;

/** A lexicon: one language, one version, its entries. */
export const Lexicon = z
  .strictObject({
    language: z.enum(languages),
    version: z.string().regex(/^[0-9]{4}\.[0-9]+$/, "Expected a version like 2026.1"),
    /** Absent for the shipped lexicons; an agency's own additions name the agency, so every
     * indicator says whose lexicon it came from (`vi+agency-ab12cd34@2026.3`). */
    scope: z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/, "Expected lower-case letters, digits and hyphens")
      .optional(),
    entries: z.array(LexiconEntry).min(1),
  })
  .superRefine((lexicon, ctx) => {
    const seen = new Set<string>();
    lexicon.entries.forEach((entry, index) => {
      if (!entry.id.startsWith(`${lexicon.language}-`))
        ctx.addIssue({
          code: "custom",
          path: ["entries", index, "id"],
          message: `The id must start with ${lexicon.language}-`,
        });
      // Shipped entries are numbered below 500 and an agency's from 500, so an indicator's
      // entry id never stands for two phrases on one node.
      const isAgencyNumber = Number(entry.id.slice(-3)) >= AGENCY_ENTRY_FIRST;
      if (lexicon.scope !== undefined && (!isAgencyNumber || entry.provenance !== "agency"))
        ctx.addIssue({
          code: "custom",
          path: ["entries", index, "id"],
          message: `An agency's entries are numbered from ${AGENCY_ENTRY_FIRST} with provenance "agency"`,
        });
      if (lexicon.scope === undefined && isAgencyNumber)
        ctx.addIssue({
          code: "custom",
          path: ["entries", index, "id"],
          message: `Numbers from ${AGENCY_ENTRY_FIRST} are kept for agencies' entries`,
        });
      if (seen.has(entry.id))
        ctx.addIssue({
          code: "custom",
          path: ["entries", index, "id"],
          message: `Duplicate id ${entry.id}`,
        });
      seen.add(entry.id);
      if (lexicon.language !== "en" && entry.review === "source")
        ctx.addIssue({
          code: "custom",
          path: ["entries", index, "review"],
          message: "Only English entries are the source; a translation is draft or checked",
        });
    });
  });
/** A validated lexicon. */
export type Lexicon = z.infer<typeof Lexicon>;

/** A lexicon refused by its schema, with every problem named by its path. */
export class LexiconError extends Error {
  constructor(
    readonly problems: { path: string; message: string }[],
    readonly label: string,
  ) {
    super(`${label}: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
    this.name = "LexiconError";
  }
}

/** Validates a lexicon; throws a LexiconError naming every problem, changing nothing. */
export function parseLexicon(data: unknown, label = "lexicon"): Lexicon {
  const result = Lexicon.safeParse(data);
  if (result.success) return result.data;
  throw new LexiconError(
    result.error.issues.map((issue) => ({
      path: issue.path.join(".") || "(root)",
      message: issue.message,
    })),
    label,
  );
}
