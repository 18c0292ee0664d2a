import type { InstrumentLanguage, OtherHarmCode, ReviewStatus, SectionId } from "../../types.ts";

/**
 * The wording of instrument 2026-1 in one language. `review` applies to every string of the
 * file; a native speaker's review changes it to "reviewed" (and names the reviewer in the commit).
 */
export type LanguageText = {
  language: InstrumentLanguage;
  review: ReviewStatus;
  sections: Record<SectionId, string>;
  /** Question id → [child wording, officer wording]. */
  questions: Record<string, readonly [child: string, officer: string]>;
  /** "questionId.optionCode" → label. */
  options: Record<string, string>;
  harms: Record<OtherHarmCode, string>;
};
