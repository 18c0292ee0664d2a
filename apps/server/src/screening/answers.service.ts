import {
  type AnswerEvaluation,
  evaluateAnswers,
  findInstrument,
  type Instrument,
  isChildFor,
  listInstrumentVersions,
  type PurposeCode,
  proposeServices,
  validateAnswers,
  validatePerson,
} from "@sahabat/screening";
import type { ExploitationType as ExploitationTypeSchema } from "@sahabat/shared";
import type { z } from "zod";

type ExploitationType = z.infer<typeof ExploitationTypeSchema>;

import type { ScreeningBody, ScreeningResult } from "@sahabat/shared";
import { todayOf } from "../cases/index.ts";
import type { Ctx } from "../platform/context.ts";
import { DomainError, type FieldError } from "../platform/errors.ts";

/*
 * The answers path: answers to a version of the instrument in, the determination and its
 * explanation out. The engine (packages/screening) validates the answers against the version and
 * maps them to the element-level input, so this path and `--elements` share one engine.
 */

/** Answers refused by the engine: a 400 naming each field, like a schema error. */
export class AnswersRefused extends DomainError {
  constructor(errors: FieldError[]) {
    super("validation", 400, "Invalid input", "Some fields are not valid", errors);
  }
}

/** The instrument of a version, or a 400 naming `instrumentVersion`. */
export function instrumentFor(version: string): Instrument {
  const instrument = findInstrument(version);
  if (!instrument)
    throw new AnswersRefused([
      {
        field: "instrumentVersion",
        message: `No instrument version "${version}" (have ${listInstrumentVersions().join(", ")})`,
        code: "unknown_instrument_version",
      },
    ]);
  return instrument;
}

type Facts = Pick<ScreeningBody, "answers" | "age" | "ageEstimated" | "ageDisputed" | "profile"> & {
  dateOfBirth?: string | null | undefined;
};

/** Validates without evaluating (a draft never produces a determination). */
export function checkDraft(instrument: Instrument, body: Facts, today: string) {
  const person = validatePerson({ ...body, today });
  const errors = [...validateAnswers(instrument, body.answers), ...person.errors];
  if (errors.length) throw new AnswersRefused(errors);
  return person.age;
}

/** Evaluates answers, or throws the refused fields. */
export function evaluateBody(instrument: Instrument, body: Facts, today: string): AnswerEvaluation {
  const r = evaluateAnswers(instrument, body.answers, {
    age: body.age,
    ageEstimated: body.ageEstimated,
    ageDisputed: body.ageDisputed,
    dateOfBirth: body.dateOfBirth ?? null,
    today,
    profile: body.profile ?? null,
  });
  if (!r.ok) throw new AnswersRefused(r.errors);
  return r.value;
}

const exploitationOf: Record<PurposeCode, ExploitationType> = {
  sexual_exploitation: "sexual_exploitation",
  forced_labour: "forced_labour",
  slavery: "other",
  servitude: "domestic_servitude",
  organ_removal: "organ_removal",
  forced_criminality: "forced_criminality",
  forced_begging: "forced_begging",
  forced_marriage: "forced_or_child_marriage",
  abuse_material: "online_sexual_exploitation",
  armed_recruitment: "child_recruitment_armed_groups",
};

/** The case's exploitation types that the purposes found suggest (HTCDS vocabulary). */
export function exploitationTypesOf(v: AnswerEvaluation): ExploitationType[] {
  const types = new Set(v.elements.purposes.map((p) => exploitationOf[p]));
  const online = v.indicators.some((i) => i.category === "online_exploitation");
  if (online && v.elements.purposes.includes("sexual_exploitation"))
    types.add("online_sexual_exploitation");
  return [...types].sort();
}

/** The evaluation as the API answers it, with services proposed for a victim. */
export function resultOf(
  v: AnswerEvaluation,
  stored: { id: string | null; caseId: string | null; status: ScreeningResult["status"] },
  isForeign: boolean,
): ScreeningResult {
  return {
    ...stored,
    instrumentVersion: v.instrumentVersion,
    determination: v.determination,
    missingElements: v.missingElements,
    national: v.national,
    explanation: v.explanation,
    elements: v.elements,
    indicators: v.indicators,
    otherHarms: v.otherHarms,
    proposedServices: proposeServices({
      determination: v.determination,
      purposes: v.elements.purposes,
      isChild: isChildFor(v.elements),
      isForeign,
      otherHarms: v.otherHarms.map((h) => h.code),
    }),
    proposedCaseUpdate: null,
  };
}

/** A draft's answer: saved, no determination, nothing proposed. */
export function draftResult(
  instrumentVersion: string,
  stored: { id: string; caseId: string },
): ScreeningResult {
  return {
    ...stored,
    status: "draft",
    instrumentVersion,
    determination: null,
    missingElements: [],
    national: null,
    explanation: [],
    elements: null,
    indicators: [],
    otherHarms: [],
    proposedServices: [],
    proposedCaseUpdate: null,
  };
}

/**
 * A screening without a case (a hotline operator, a border officer): nothing is stored and no
 * personal data is read, so any signed-in user may run one. Whether the child is foreign is not
 * known here, so return is not proposed; attaching the result to a case proposes it.
 */
export function screenAnonymously(ctx: Ctx, body: ScreeningBody): ScreeningResult {
  const instrument = instrumentFor(body.instrumentVersion);
  if (body.draft)
    throw new AnswersRefused([
      {
        field: "draft",
        message: "A draft is saved with a case: give caseId",
        code: "draft_needs_case",
      },
    ]);
  const v = evaluateBody(instrument, body, todayOf(ctx));
  return resultOf(v, { id: null, caseId: null, status: "anonymous" }, false);
}
