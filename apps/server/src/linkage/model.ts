import {
  blendTermFrequencies,
  type CompiledModel,
  compileModel,
  defaultModel,
  explainPair,
  type ObservedNames,
  type PreparedRecord,
} from "@sahabat/linkage";
import { type DuplicateCandidate, MatchComparison, type MatchExplanation } from "@sahabat/shared";
import type { selectMatchRows } from "./queries.ts";

type MatchFields = Awaited<ReturnType<typeof selectMatchRows>>[number]["fields"];

let compiled: CompiledModel | undefined;

/**
 * The model the duplicate check, the review queue and hit/no-hit score with: the package's
 * shipped model, with the node's own name frequencies blended in once counted
 * (name-frequencies.ts). Its version is returned with every score and stored with every decision.
 */
export function linkageModel(): CompiledModel {
  compiled ??= compileModel(defaultModel());
  return compiled;
}

/** Scores with the shipped model's frequencies blended with these counts from now on. */
export function useObservedNames(observed: ObservedNames): string {
  compiled = compileModel(blendTermFrequencies(defaultModel(), observed));
  return compiled.model.version;
}

/** The engine's explanation in the wire vocabulary (a comparison it does not know is a bug). */
export function explainForWire(
  cm: CompiledModel,
  a: PreparedRecord,
  b: PreparedRecord,
): MatchExplanation {
  const e = explainPair(cm, a, b);
  return {
    ...e,
    terms: e.terms.map((t) => ({ ...t, comparison: MatchComparison.parse(t.comparison) })),
  };
}

/** What a user who may open the case sees of a person shown as a possible match. */
export function visiblePerson(f: MatchFields): DuplicateCandidate["person"] {
  return {
    givenName: f.givenName,
    familyName: f.familyName,
    givenNameLatin: f.givenNameLatin,
    familyNameLatin: f.familyNameLatin,
    nameOrder: f.nameOrder === "family_first" ? "family_first" : "given_first",
    sex: f.sex,
    dateOfBirth: f.dateOfBirth,
    estimatedAgeYears: f.estimatedAgeYears,
    ageEstimatedOn: f.ageEstimatedOn,
    nationality: f.nationality?.trim() ?? null,
  };
}
