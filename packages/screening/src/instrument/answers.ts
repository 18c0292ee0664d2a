import type { ActCode, Element, ElementInput, MeansCode, PurposeCode } from "../elements.ts";
import { references } from "../elements.ts";
import { type Evaluation, evaluateElements } from "../evaluate.ts";
import type { ExplanationLine } from "../explanation.ts";
import { isChildFor } from "../rules.ts";
import type {
  Answers,
  Evidence,
  EvidenceWhen,
  IndicatorCategory,
  IndicatorSupport,
  Instrument,
  OtherHarmCode,
} from "./types.ts";
import {
  type AnswerError,
  type ScreeningPerson,
  validateAnswers,
  validatePerson,
} from "./validate.ts";

/** An explanation line; lines about elements name the answers that established them. */
export type AnswerExplanationLine = ExplanationLine & { questionIds?: string[] };

/** An indicator found in the answers. Indicators suggest; they never prove. */
export type IndicatorFound = {
  id: string;
  category: IndicatorCategory;
  supports: IndicatorSupport[];
  questionIds: string[];
  reference: string;
};

/** Another harm found (child labour, sexual abuse of a child, smuggling without exploitation). */
export type OtherHarmFound = { code: OtherHarmCode; questionIds: string[]; reference: string };

/** The evaluation of one set of answers. */
export type AnswerEvaluation = Omit<Evaluation, "explanation"> & {
  instrumentVersion: string;
  /** The elements the answers map to: the same input `sahabat screen --elements` takes. */
  elements: ElementInput;
  /** Element → code → the questions answered "yes" that established it. */
  established: { element: Element; code: string; questionIds: string[] }[];
  indicators: IndicatorFound[];
  otherHarms: OtherHarmFound[];
  explanation: AnswerExplanationLine[];
};

/** Options of `evaluateAnswers`. */
export type EvaluateAnswersOptions = ScreeningPerson & { id?: string };

/** Either the evaluation or the refused fields, never both. */
export type AnswerResult =
  | { ok: true; value: AnswerEvaluation }
  | { ok: false; errors: AnswerError[] };

const elements: Element[] = ["acts", "means", "purposes"];

function matches(when: EvidenceWhen | undefined, value: unknown): boolean {
  if (when === undefined) return value === "yes";
  if (typeof when === "string") return value === when;
  return typeof value === "number" && value >= when.atLeast;
}

/** Every (question, evidence) whose answer counts, in instrument order. */
function evidenceFound(instrument: Instrument, answers: Answers) {
  const found: { questionId: string; evidence: Evidence }[] = [];
  for (const q of instrument.questions) {
    if (!Object.hasOwn(answers, q.id)) continue;
    for (const e of q.evidences)
      if (matches(e.when, answers[q.id])) found.push({ questionId: q.id, evidence: e });
  }
  return found;
}

/**
 * Whether an element counts as unassessed: some question of it is unanswered or answered
 * "unknown", or an indicator found supports it. Only when every question of the element was
 * answered "no" and no indicator points to it is the element assessed and absent.
 */
function isOpen(
  instrument: Instrument,
  answers: Answers,
  element: Element,
  indicators: IndicatorFound[],
): boolean {
  const asked = instrument.questions.filter((q) =>
    q.evidences.some((e) => e.kind === "element" && e.element === element),
  );
  if (asked.some((q) => !Object.hasOwn(answers, q.id) || answers[q.id] === "unknown")) return true;
  const support = element === "acts" ? "act" : element === "means" ? "means" : "purpose";
  return indicators.some(
    (i) =>
      i.supports.includes(support) || (element === "means" && i.supports.includes("vulnerability")),
  );
}

/**
 * Maps answers to the element-level input. Pure: the caller has validated them.
 * @internal exported for tests and for drafts that show progress.
 */
export function mapAnswers(
  instrument: Instrument,
  answers: Answers,
  person: {
    id: string;
    age: number | null;
    ageEstimated: boolean;
    ageDisputed: boolean;
    profile: string | null;
  },
) {
  const found = evidenceFound(instrument, answers);
  const established = new Map<string, { element: Element; code: string; questionIds: string[] }>();
  const indicators = new Map<string, IndicatorFound>();
  const harms = new Map<OtherHarmCode, string[]>();
  const context = { consented: false, exploitationOccurred: false, borderCrossed: false };
  let ageAtAct: number | null = null;
  let ageAtActQuestionId = "";
  for (const { questionId, evidence: e } of found) {
    if (e.kind === "element") {
      const key = `${e.element}.${e.code}`;
      const entry = established.get(key) ?? { element: e.element, code: e.code, questionIds: [] };
      entry.questionIds.push(questionId);
      established.set(key, entry);
    } else if (e.kind === "indicator") {
      const q = instrument.questions.find((x) => x.id === questionId);
      const entry = indicators.get(e.indicator) ?? {
        id: e.indicator,
        category: e.category,
        supports: [...e.supports],
        questionIds: [],
        reference: q?.reference ?? "",
      };
      entry.questionIds.push(questionId);
      indicators.set(e.indicator, entry);
    } else if (e.kind === "context") context[e.field] = true;
    else if (e.kind === "age_at_act") {
      ageAtAct = answers[questionId] as number;
      ageAtActQuestionId = questionId;
    } else harms.set(e.harm, [...(harms.get(e.harm) ?? []), questionId]);
  }
  const list = [...established.values()];
  const codes = (element: Element) => list.filter((x) => x.element === element).map((x) => x.code);
  const indicatorList = [...indicators.values()];
  // The child rule looks at the age at the time of the act: an adult now who was a child then.
  const isChildAtAct =
    ageAtAct !== null && ageAtAct < 18 && person.age !== null && person.age >= 18;
  const input: ElementInput = {
    id: person.id,
    age: isChildAtAct ? ageAtAct : person.age,
    ageEstimated: person.ageEstimated,
    ageDisputed: person.ageDisputed,
    acts: codes("acts") as ActCode[],
    means: codes("means") as MeansCode[],
    purposes: codes("purposes") as PurposeCode[],
    unknown: elements.filter(
      (e) => codes(e).length === 0 && isOpen(instrument, answers, e, indicatorList),
    ),
    ...context,
    profile: person.profile,
  };
  return {
    input,
    established: list,
    indicators: indicatorList,
    harms,
    ageAtAct,
    ageAtActQuestionId,
    isChildAtAct,
  };
}

function otherHarmsFound(
  instrument: Instrument,
  harms: Map<OtherHarmCode, string[]>,
  input: ElementInput,
): OtherHarmFound[] {
  const isChild = isChildFor(input);
  return instrument.otherHarms.flatMap((rule) => {
    const questionIds = harms.get(rule.code);
    if (!questionIds) return [];
    if (rule.isChildOnly && !isChild) return [];
    if (rule.isUnlessPurposeEstablished && input.purposes.length > 0) return [];
    return [{ code: rule.code, questionIds, reference: rule.reference }];
  });
}

function explainAnswers(
  evaluation: Evaluation,
  established: AnswerEvaluation["established"],
  indicators: IndicatorFound[],
  otherHarms: OtherHarmFound[],
  atAct: { age: number | null; questionId: string },
): AnswerExplanationLine[] {
  const lines: AnswerExplanationLine[] = evaluation.explanation.map((line) => {
    if (!line.code.endsWith(".established") || !line.element) return line;
    const questionIds = established
      .filter((x) => x.element === line.element)
      .flatMap((x) => x.questionIds);
    return { ...line, questionIds, text: `${line.text} Answers: ${questionIds.join(", ")}.` };
  });
  if (atAct.age !== null)
    lines.unshift({
      code: "child.at_time_of_act",
      questionIds: [atAct.questionId],
      reference: `${references.childRule}; ${references.child}`,
      text: `The person was ${atAct.age} at the time of the act: the child rule applies, though they are an adult now.`,
    });
  if (indicators.length)
    lines.push({
      code: "indicators.found",
      codes: indicators.map((i) => i.id),
      questionIds: indicators.flatMap((i) => i.questionIds),
      reference: "UNODC Human Trafficking Indicators; ILO Indicators of Forced Labour (2012)",
      text: `Indicators found: ${indicators.map((i) => i.id).join(", ")}. Indicators suggest trafficking and call for further inquiry; none alone proves or disproves it, so an element they point to stays open.`,
    });
  for (const h of otherHarms)
    lines.push({
      code: `harm.${h.code}`,
      codes: [h.code],
      questionIds: h.questionIds,
      reference: h.reference,
      text:
        h.code === "smuggling_without_exploitation"
          ? "Signs of smuggling without exploitation so far: a smuggled person can be trafficked later, so keep checking for exploitation."
          : `Signs of ${h.code.replace(/_/g, " ")}: the child is entitled to protection whether or not this is trafficking.`,
    });
  return lines;
}

/**
 * Evaluates a screening's answers: validates them (unknown question ids, wrong types, an age
 * that contradicts the date of birth, an unknown profile), maps them to the element-level input
 * and evaluates it with `evaluateElements`, so answers and elements share one engine. Returns
 * the evaluation with the indicators and other harms found, each explanation line naming the
 * answers behind it.
 */
export function evaluateAnswers(
  instrument: Instrument,
  answers: unknown,
  options: EvaluateAnswersOptions,
): AnswerResult {
  const checked = validatePerson(options);
  const errors = [...validateAnswers(instrument, answers), ...checked.errors];
  if (errors.length) return { ok: false, errors };
  const mapped = mapAnswers(instrument, answers as Answers, {
    id: options.id ?? "",
    age: checked.age,
    ageEstimated: options.ageEstimated,
    ageDisputed: options.ageDisputed,
    profile: options.profile ?? null,
  });
  const { input, established, indicators, harms, ageAtAct, isChildAtAct } = mapped;
  const atAct = { age: isChildAtAct ? ageAtAct : null, questionId: mapped.ageAtActQuestionId };
  if (ageAtAct !== null && checked.age !== null && ageAtAct > checked.age)
    return {
      ok: false,
      errors: [
        {
          field: `answers.${mapped.ageAtActQuestionId}`,
          message: `The age at the time of the act (${ageAtAct}) is above the person's age (${checked.age})`,
        },
      ],
    };
  const evaluation = evaluateElements(input, checked.profile);
  const otherHarms = otherHarmsFound(instrument, harms, input);
  return {
    ok: true,
    value: {
      ...evaluation,
      instrumentVersion: instrument.version,
      elements: input,
      established,
      indicators,
      otherHarms,
      explanation: explainAnswers(evaluation, established, indicators, otherHarms, atAct),
    },
  };
}
