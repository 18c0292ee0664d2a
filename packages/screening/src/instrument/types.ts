import { type InstrumentLanguage, instrumentLanguages } from "@sahabat/shared";
import type { Element } from "../elements.ts";

/*
 * The screening instrument as versioned data: questions grouped by the elements of the definition
 * (Palermo Protocol Art. 3; ACTIP Art. 2) and by indicator lists (UNODC Human Trafficking
 * Indicators; ILO Indicators of Forced Labour 2012; Sahabat additions for online harm and scam
 * compounds). A saved screening records the version it used, so a published version is never
 * edited: a change makes a new version.
 */

/** The languages every question is written in (defined in @sahabat/shared, which the wire schemas read). */
export { type InstrumentLanguage, instrumentLanguages };

/**
 * Review status of one translation. `source` is the English original; `draft` has not been
 * reviewed by a native speaker and must be shown with a "draft translation" mark; `reviewed`
 * has been checked by a native speaker with child-protection experience.
 */
export type ReviewStatus = "source" | "draft" | "reviewed";

/** A short label (a section title, a choice option) in one language. */
export type Label = { text: string; review: ReviewStatus };

/** A question in one language: for the child (simple, second person) and for the officer. */
export type Wording = { child: string; officer: string; review: ReviewStatus };

/** How a question is answered. */
export type AnswerType = "yes_no_unknown" | "choice" | "number" | "text" | "date";

/** The answer to a yes/no/unknown question. */
export type YesNoUnknown = "yes" | "no" | "unknown";

/** The circumstance fields of the element-level contract that a question can establish. */
export type ContextField = "consented" | "exploitationOccurred" | "borderCrossed";

/** The other harms the screening reports beside trafficking. */
export type OtherHarmCode = "child_labour" | "sexual_abuse" | "smuggling_without_exploitation";

/** What an indicator gives evidence for (identification-indicators.yaml `element_values`). */
export type IndicatorSupport = "act" | "means" | "purpose" | "vulnerability";

/** When an answer counts as evidence: a value (default "yes"), or a number at least this. */
export type EvidenceWhen = string | { atLeast: number };

/** What an answer is evidence of. */
export type Evidence =
  /** Establishes one code of an element (the element-level contract's codes). */
  | { kind: "element"; element: Element; code: string; when?: EvidenceWhen }
  /** An indicator from the reference list: suggests, never proves. */
  | {
      kind: "indicator";
      indicator: string;
      category: IndicatorCategory;
      supports: IndicatorSupport[];
      when?: EvidenceWhen;
    }
  /** Sets a circumstance that only changes the explanation. */
  | { kind: "context"; field: ContextField; when?: EvidenceWhen }
  /** Feeds an other-harm rule. */
  | { kind: "harm"; harm: OtherHarmCode; when?: EvidenceWhen }
  /**
   * The person's age at the time of the act: the child rule applies to a person who was a child
   * then, though an adult now (Palermo Art. 3(c)–(d); definitions.md §2.3).
   */
  | { kind: "age_at_act"; when?: EvidenceWhen };

/** Indicator categories, as in identification-indicators.yaml. */
export type IndicatorCategory =
  | "general"
  | "children"
  | "sexual_exploitation"
  | "labour_exploitation"
  | "domestic_servitude"
  | "begging_and_petty_crime"
  | "forced_criminality_scam_compounds"
  | "online_exploitation";

/** The sections of the instrument, in the order they are asked. */
export type SectionId =
  | "acts"
  | "means"
  | "purposes"
  | "context"
  | IndicatorCategory
  | "other_harms";

/** A section: an element of the definition, an indicator list, the circumstances, or other harms. */
export type Section = {
  id: SectionId;
  kind: "element" | "indicator" | "context" | "other_harm";
  title: Record<InstrumentLanguage, Label>;
};

/** One option of a choice question. */
export type ChoiceOption = { code: string; label: Record<InstrumentLanguage, Label> };

/** One question. `id` is stable across versions: never reuse an id for another meaning. */
export type Question = {
  id: string;
  section: SectionId;
  type: AnswerType;
  /** Choice questions only. */
  options?: ChoiceOption[];
  /** Number questions only. */
  min?: number;
  max?: number;
  /** Text questions only: the longest answer accepted. */
  maxLength?: number;
  evidences: Evidence[];
  /** The legal reference or indicator source behind the question. */
  reference: string;
  text: Record<InstrumentLanguage, Wording>;
};

/** A rule that reports another harm (not trafficking, or not only trafficking). */
export type OtherHarmRule = {
  code: OtherHarmCode;
  /** The harm is reported only for a child (under 18, or presumed one). */
  isChildOnly: boolean;
  /** Reported only when no purpose of exploitation is established (smuggling, not trafficking). */
  isUnlessPurposeEstablished: boolean;
  reference: string;
  text: Record<InstrumentLanguage, Label>;
};

/** A version of the instrument. */
export type Instrument = {
  version: string;
  publishedOn: string;
  languages: readonly InstrumentLanguage[];
  /** The review status of each language as a whole (each translation also carries its own). */
  review: Record<InstrumentLanguage, ReviewStatus>;
  sections: Section[];
  questions: Question[];
  otherHarms: OtherHarmRule[];
  sources: string[];
};

/** The answers to one screening: question id → value (see `AnswerType`). */
export type Answers = Record<string, unknown>;
