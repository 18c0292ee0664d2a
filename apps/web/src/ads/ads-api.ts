import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

/** The reference taxonomy's categories (A job framing … G location). */
export const adCategories = ["A", "B", "C", "D", "E", "F", "G"] as const;
export type AdCategory = (typeof adCategories)[number];

/** The languages the advert lexicons cover (the server's `@sahabat/ads` list). */
export const adLanguages = ["en", "vi", "th", "km", "id", "ms", "my", "lo", "fil", "zh"] as const;

const Indicator = z.object({
  category: z.enum(adCategories),
  phrase: z.string(),
  /** UTF-16 offsets into the text as sent, end exclusive. */
  start: z.number(),
  end: z.number(),
  weight: z.number(),
  entry: z.string(),
  version: z.string(),
  review: z.enum(["source", "checked", "draft"]),
});
export type AdIndicator = z.infer<typeof Indicator>;

const Screening = z.object({
  id: z.string(),
  flagged: z.boolean(),
  score: z.number(),
  lang: z.string(),
  langSource: z.enum(["given", "detected"]),
  reason: z.string(),
  categories: z.array(z.object({ category: z.enum(adCategories) })),
  indicators: z.array(Indicator),
  selectors: z.array(
    z.object({ kind: z.string(), entered: z.string(), canonical: z.string().nullable() }),
  ),
});
export type AdScreening = z.infer<typeof Screening>;

const ScreeningResult = z.object({
  caseId: z.string().nullable(),
  status: z.enum(["anonymous", "recorded"]),
  results: z.array(Screening),
  recordedSelectors: z.array(
    z.object({ kind: z.string(), canonical: z.string(), alreadyRecorded: z.boolean() }),
  ),
});
export type AdScreeningResult = z.infer<typeof ScreeningResult>;

export type AdScreeningRequest = { text: string; lang?: string; caseId?: string };

/** Screens one advert; with a case, the identifiers found are recorded on it (audited). */
export function screenAdvert(body: AdScreeningRequest) {
  return apiRequest("POST", "/api/ad-screenings", { schema: ScreeningResult, body });
}
