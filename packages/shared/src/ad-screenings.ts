import { z } from "zod";
import { adCategories, adLanguages, MAX_ADVERT_LENGTH } from "./ad-vocabulary.ts";
import { SelectorKind } from "./selectors.ts";
import { Id } from "./text.ts";

/*
 * Wire schemas of recruitment-advert screening (POST /api/ad-screenings, `sahabat ads screen`),
 * shared by the server and the web app. The lists are in ad-vocabulary.ts, which the engine
 * (@sahabat/ads) reads too.
 */

const AdvertText = z
  .string()
  .min(1, "Required")
  .max(MAX_ADVERT_LENGTH, `At most ${MAX_ADVERT_LENGTH} characters`);

/** One advert as the CLI reads it and the API takes it. */
export const AdvertInput = z.strictObject({
  id: z.string().min(1).max(200),
  text: AdvertText,
  lang: z.enum(adLanguages).optional(),
});

/**
 * POST /api/ad-screenings: one advert (`text`, `lang?`, `id?`) or a batch (`adverts`), and
 * optionally the case to record the found identifiers on.
 */
export const AdScreeningBody = z
  .strictObject({
    id: z.string().min(1).max(200).optional(),
    text: AdvertText.optional(),
    lang: z.enum(adLanguages).optional(),
    adverts: z.array(AdvertInput).min(1).max(100).optional(),
    caseId: Id.optional(),
  })
  .superRefine((body, ctx) => {
    const isBatch = body.adverts !== undefined;
    if (isBatch && (body.text !== undefined || body.id !== undefined || body.lang !== undefined))
      ctx.addIssue({
        code: "custom",
        path: ["adverts"],
        message: "Send one advert (text) or a batch (adverts), not both",
      });
    if (!isBatch && body.text === undefined)
      ctx.addIssue({ code: "custom", path: ["text"], message: "Required (or adverts)" });
  });
export type AdScreeningBody = z.infer<typeof AdScreeningBody>;

const Amount = z.strictObject({
  start: z.number(),
  end: z.number(),
  value: z.number(),
  currency: z.string(),
  period: z.enum(["hour", "day", "week", "month", "year"]),
  monthlyUsd: z.number(),
  reference: z.string(),
  referenceMonthlyUsd: z.number(),
  ratio: z.number(),
  skilledWork: z.string().nullable(),
});

export const AdIndicatorView = z.strictObject({
  category: z.enum(adCategories),
  phrase: z.string(),
  /** UTF-16 offsets into the text as sent, end exclusive. */
  start: z.number(),
  end: z.number(),
  weight: z.number(),
  entry: z.string(),
  version: z.string(),
  review: z.enum(["source", "checked", "draft"]),
  amount: Amount.optional(),
});

export type AdIndicatorView = z.infer<typeof AdIndicatorView>;

const FoundSelectorView = z.strictObject({
  kind: SelectorKind,
  entered: z.string(),
  canonical: z.string().nullable(),
  platform: z.string().nullable(),
  country: z.string().nullable(),
  valid: z.boolean(),
  problem: z.string().nullable(),
  start: z.number(),
  end: z.number(),
});

/** One advert's screening, every indicator explained. */
export const AdScreeningView = z.strictObject({
  id: z.string(),
  flagged: z.boolean(),
  score: z.number(),
  lang: z.enum(adLanguages),
  indicators: z.array(AdIndicatorView),
  reason: z.string(),
  langSource: z.enum(["given", "detected"]),
  categories: z.array(
    z.strictObject({ category: z.enum(adCategories), weight: z.number(), indicators: z.number() }),
  ),
  amounts: z.array(Amount),
  selectors: z.array(FoundSelectorView),
});

export type AdScreeningView = z.infer<typeof AdScreeningView>;

/** The answer: the screenings, and what was recorded on the case (if one was given). */
export const AdScreeningResult = z.strictObject({
  caseId: Id.nullable(),
  status: z.enum(["anonymous", "recorded"]),
  results: z.array(AdScreeningView),
  recordedSelectors: z.array(
    z.strictObject({
      kind: SelectorKind,
      canonical: z.string(),
      selectorId: Id.nullable(),
      alreadyRecorded: z.boolean(),
    }),
  ),
});
export type AdScreeningResult = z.infer<typeof AdScreeningResult>;
