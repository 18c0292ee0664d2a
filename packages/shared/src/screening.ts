import { z } from "zod";
import { ExploitationType } from "./cases.ts";
import { instrumentLanguages } from "./instrument-languages.ts";
import { Id, IsoDate } from "./text.ts";

/*
 * The wire shapes of the answers path, shared by the server and the web app: POST
 * /api/screenings and the case's screenings. The answers themselves are checked against the
 * instrument version by the engine (unknown question ids, wrong types), which names each
 * refused field.
 */

/** Answers by question id: text or a number, at most 300. */
export const ScreeningAnswers = z
  .record(z.string().min(1).max(100), z.union([z.string().max(2000), z.number()]))
  .refine((a) => Object.keys(a).length <= 300, "At most 300 answers");

/** The age facts and profile a screening is evaluated with. */
export const screeningPersonFacts = {
  age: z.number().int().min(0).max(130).nullable(),
  ageEstimated: z.boolean(),
  ageDisputed: z.boolean(),
  dateOfBirth: IsoDate.nullable().optional(),
  profile: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .optional(),
};

/** POST /api/screenings. */
export const ScreeningBody = z.strictObject({
  instrumentVersion: z.string().min(1).max(40),
  answers: ScreeningAnswers,
  ...screeningPersonFacts,
  caseId: Id.optional(),
  draft: z.boolean().optional(),
  interviewLanguage: z.enum(instrumentLanguages).optional(),
});
export type ScreeningBody = z.infer<typeof ScreeningBody>;

/** PUT /api/cases/{id}/screenings/{screeningId}: continue a draft, or complete it. */
export const ScreeningUpdateBody = ScreeningBody.omit({ caseId: true });
export type ScreeningUpdateBody = z.infer<typeof ScreeningUpdateBody>;

const Line = z.object({
  code: z.string(),
  element: z.string().optional(),
  codes: z.array(z.string()).optional(),
  questionIds: z.array(z.string()).optional(),
  reference: z.string().optional(),
  text: z.string(),
});

/** What a screening concludes (the engine's `Determination`). */
export const determinations = ["presumed_victim", "possible_victim", "no_indication"] as const;
export const ScreeningDetermination = z.enum(determinations);

/** What a screening answers: the determination (none for a draft) and why. */
export const ScreeningResult = z.strictObject({
  /** The stored screening's id, or null when nothing was stored (anonymous). */
  id: Id.nullable(),
  caseId: Id.nullable(),
  status: z.enum(["anonymous", "draft", "completed"]),
  instrumentVersion: z.string(),
  determination: ScreeningDetermination.nullable(),
  missingElements: z.array(z.string()),
  national: z.unknown().nullable(),
  explanation: z.array(Line),
  elements: z.unknown().nullable(),
  indicators: z.array(
    z.object({
      id: z.string(),
      category: z.string(),
      supports: z.array(z.string()),
      questionIds: z.array(z.string()),
      reference: z.string(),
    }),
  ),
  otherHarms: z.array(
    z.object({ code: z.string(), questionIds: z.array(z.string()), reference: z.string() }),
  ),
  proposedServices: z.array(
    z.object({ service: z.string(), reason: z.string(), text: z.string() }),
  ),
  /** Suggested change to the case; the user confirms it through PATCH /api/cases/{id}. */
  proposedCaseUpdate: z
    .strictObject({
      exploitationTypes: z.array(ExploitationType),
      addedExploitationTypes: z.array(ExploitationType),
      status: z.enum(["assessed"]).nullable(),
    })
    .nullable(),
});
export type ScreeningResult = z.infer<typeof ScreeningResult>;

/** A screening stored with a case. */
export const CaseScreeningView = z.strictObject({
  id: Id,
  caseId: Id,
  status: z.enum(["draft", "completed"]),
  instrumentVersion: z.string(),
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  age: z.number().nullable(),
  ageEstimated: z.boolean(),
  ageDisputed: z.boolean(),
  profile: z.string().nullable(),
  interviewLanguage: z.string().nullable(),
  determination: ScreeningDetermination.nullable(),
  result: z.unknown().nullable(),
  explanation: z.array(Line).nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
});
