import {
  type CompiledModel,
  compileModel,
  defaultModel,
  explainPair,
  type PreparedRecord,
} from "@sahabat/linkage";
import { MatchComparison, type MatchExplanation } from "@sahabat/shared";

let compiled: CompiledModel | undefined;

/** The model the review queue scores with; its version is stored with every score and decision. */
export function reviewModel(): CompiledModel {
  compiled ??= compileModel(defaultModel());
  return compiled;
}

/** The engine's explanation in the wire vocabulary (a comparison it does not know is a bug). */
export function explainReviewPair(
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
