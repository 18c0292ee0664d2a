import { z } from "zod";
import { DuplicateCandidate, MatchExplanation } from "./duplicate-check.ts";
import { freeText, Id } from "./text.ts";

/** A reason or note a person writes: required where a reason is, never blank. */
const Reason = freeText(1000).refine((s) => s.trim().length > 0, "Required");

/** Where a pair stands: waiting for review, sent to a supervisor, or decided. */
export const MatchPairStatus = z.enum(["open", "unsure", "match", "not_match"]);
export type MatchPairStatus = z.infer<typeof MatchPairStatus>;

/** What a reviewer decides about a pair; "unsure" sends it to a supervisor. */
export const MatchDecisionKind = z.enum(["match", "not_match", "unsure"]);
export type MatchDecisionKind = z.infer<typeof MatchDecisionKind>;

/** One side of a pair: the person's fields the user may see and the case to open. */
export const ReviewPerson = z.strictObject({
  personId: Id,
  caseId: Id.nullable(),
  caseReference: z.string().nullable(),
  person: DuplicateCandidate.shape.person,
  /** The group of records she is merged into, if any. */
  groupId: Id.nullable(),
});
export type ReviewPerson = z.infer<typeof ReviewPerson>;

/** A pair in a queue: both persons side by side with the score of `modelVersion`. */
export const MatchPairItem = z.strictObject({
  id: Id,
  status: MatchPairStatus,
  version: z.number().int(),
  probability: z.number(),
  weight: z.number(),
  modelVersion: z.string(),
  a: ReviewPerson,
  b: ReviewPerson,
});
export type MatchPairItem = z.infer<typeof MatchPairItem>;

/** Observed precision in one probability band: decided matches over decided pairs. */
export const PrecisionBand = z.strictObject({
  from: z.number(),
  to: z.number(),
  matches: z.number().int(),
  decided: z.number().int(),
  precision: z.number().nullable(),
});
export type PrecisionBand = z.infer<typeof PrecisionBand>;

export const MatchPairQuery = z.strictObject({
  status: z.enum(["open", "unsure"]).default("open"),
});
export type MatchPairQuery = z.infer<typeof MatchPairQuery>;

/** The queue, best first, with the precision decisions have shown so far per band. */
export const MatchPairList = z.strictObject({
  modelVersion: z.string(),
  items: z.array(MatchPairItem),
  precision: z.array(PrecisionBand),
});
export type MatchPairList = z.infer<typeof MatchPairList>;

export const MatchDecisionView = z.strictObject({
  decision: z.enum(["match", "not_match", "unsure", "reopened"]),
  note: z.string().nullable(),
  decidedBy: Id.nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string(),
  modelVersion: z.string(),
  probability: z.number(),
});
export type MatchDecisionView = z.infer<typeof MatchDecisionView>;

/** A live merge one of the two persons is part of, which a supervisor may undo. */
export const MergeView = z.strictObject({
  id: Id,
  groupId: Id,
  personIds: z.array(Id),
  pairId: Id.nullable(),
  reason: z.string(),
  mergedBy: Id.nullable(),
  mergedAt: z.string(),
  unmergeReason: z.string().nullable(),
  unmergedBy: Id.nullable(),
  unmergedAt: z.string().nullable(),
});
export type MergeView = z.infer<typeof MergeView>;

/** One pair in full: the explanation for the waterfall, its decisions, and what the user may do. */
export const MatchPairDetail = MatchPairItem.extend({
  explanation: MatchExplanation,
  decisions: z.array(MatchDecisionView),
  /** The latest live merge joining the two, when they are one person. */
  merge: MergeView.nullable(),
  can: z.strictObject({
    decide: z.boolean(),
    reopen: z.boolean(),
    merge: z.boolean(),
    unmerge: z.boolean(),
  }),
});
export type MatchPairDetail = z.infer<typeof MatchPairDetail>;

export const MatchDecisionBody = z.strictObject({
  decision: MatchDecisionKind,
  /** The pair's version the reviewer saw: another decision in between makes this one a 409. */
  version: z.number().int().min(1),
  note: freeText(1000).optional(),
});
export type MatchDecisionBody = z.infer<typeof MatchDecisionBody>;

export const MatchReopenBody = z.strictObject({
  version: z.number().int().min(1),
  reason: Reason,
});
export type MatchReopenBody = z.infer<typeof MatchReopenBody>;

export const MatchRefreshResult = z.strictObject({
  modelVersion: z.string(),
  scored: z.number().int(),
});
export type MatchRefreshResult = z.infer<typeof MatchRefreshResult>;

/** Two records to group as one person; two different ones (the same twice is a 400). */
export const MergeBody = z
  .strictObject({
    personIds: z.tuple([Id, Id]),
    reason: Reason,
  })
  .refine((b) => b.personIds[0] !== b.personIds[1], {
    message: "A record cannot be merged with itself",
    path: ["personIds"],
  });
export type MergeBody = z.infer<typeof MergeBody>;

export const UnmergeBody = z.strictObject({ reason: Reason });
export type UnmergeBody = z.infer<typeof UnmergeBody>;
