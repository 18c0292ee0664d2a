import { evaluateAnswers, findInstrument, listInstrumentVersions } from "@sahabat/screening";
import { AnswersObject } from "../screening/index.ts";
import { invalidJson, readInputs } from "./json-inputs.ts";

/*
 * `sahabat screen FILE`: batch screening of answers to the instrument, for reviewing past
 * interviews. Input: a JSON array, or JSON lines, of answer objects. Output: one JSON line per
 * input, in order. A bad input is reported on stderr with its position and every refused field,
 * and has no output line; the others are still screened. The database is not used.
 */

/** Evaluates answer objects; returns the output lines and the errors. `today` is YYYY-MM-DD. */
export function screenAnswers(text: string, today: string): { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  readInputs(text).forEach((raw, i) => {
    const at = `input ${i + 1}`;
    if (raw === invalidJson) {
      errors.push(`${at}: object: not valid JSON`);
      return;
    }
    const parsed = AnswersObject.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push(`${at}: ${issue?.path.join(".") || "object"}: ${issue?.message ?? "invalid"}`);
      return;
    }
    const input = parsed.data;
    const instrument = findInstrument(input.instrumentVersion);
    if (!instrument) {
      errors.push(
        `${at}: instrumentVersion: no instrument version "${input.instrumentVersion}" (have ${listInstrumentVersions().join(", ")})`,
      );
      return;
    }
    const r = evaluateAnswers(instrument, input.answers, {
      id: input.id,
      age: input.age,
      ageEstimated: input.ageEstimated,
      ageDisputed: input.ageDisputed,
      dateOfBirth: input.dateOfBirth ?? null,
      today: input.today ?? today,
      profile: input.profile ?? null,
    });
    if (!r.ok) {
      errors.push(`${at}: ${r.errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`);
      return;
    }
    const v = r.value;
    lines.push(
      JSON.stringify({
        id: v.id,
        instrumentVersion: v.instrumentVersion,
        determination: v.determination,
        missingElements: v.missingElements,
        national: v.national,
        explanation: v.explanation,
        indicators: v.indicators,
        otherHarms: v.otherHarms,
        elements: v.elements,
      }),
    );
  });
  return { lines, errors };
}
