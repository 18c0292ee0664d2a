import type {
  AnswerExplanationLine,
  Answers,
  Determination,
  Element,
  IndicatorFound,
  Instrument,
  InstrumentLanguage,
  NationalResult,
  OtherHarmFound,
} from "@sahabat/screening";
import type { Locale } from "@sahabat/shared";
import type { ScreeningReport } from "./report-pdf.ts";
import { reportText } from "./report-text.ts";

/** What an evaluated screening holds, fresh from the engine or read back from a case. */
export type EvaluatedScreening = {
  determination: Determination;
  missingElements: Element[];
  national: NationalResult | null;
  explanation: AnswerExplanationLine[];
  indicators: IndicatorFound[];
  otherHarms: OtherHarmFound[];
};

/** The facts of one screening that the report prints. */
export type ReportFacts = {
  locale: Locale;
  date: string;
  instrument: Instrument;
  interviewLanguage: string | null;
  caseReference: string | null;
  age: { value: number | null; isEstimated: boolean; isDisputed: boolean };
  answers: Answers;
  /** Null for a draft: a draft never has a determination. */
  evaluated: EvaluatedScreening | null;
  services: string[];
};

function isLanguageOf(instrument: Instrument, code: string | null): code is InstrumentLanguage {
  return code !== null && (instrument.languages as readonly string[]).includes(code);
}

/** A language named in itself and, when different, in the report's language. */
function languageName(code: string, locale: string) {
  const named = (inLanguage: string) =>
    new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
  const own = named(code);
  const mine = named(locale);
  return own === mine ? own : `${own} (${mine})`;
}

function answerText(facts: ReportFacts, questionId: string, value: unknown): string {
  const labels = reportText[facts.locale].answerLabels;
  if (typeof value !== "string") return String(value);
  const q = facts.instrument.questions.find((x) => x.id === questionId);
  const option = q?.options?.find((o) => o.code === value);
  return option?.label[facts.locale].text ?? labels[value] ?? value;
}

/** Builds what the PDF prints: questions in the interview language, the rest in the officer's. */
export function reportOf(facts: ReportFacts): ScreeningReport {
  const { instrument, locale, evaluated: e } = facts;
  const interview = isLanguageOf(instrument, facts.interviewLanguage)
    ? facts.interviewLanguage
    : null;
  const harmText = (code: string) =>
    instrument.otherHarms.find((h) => h.code === code)?.text[locale].text ?? code;
  const questionText = (id: string) =>
    instrument.questions.find((q) => q.id === id)?.text[locale].officer ?? id;
  return {
    locale,
    date: facts.date,
    instrumentVersion: instrument.version,
    interview: interview
      ? {
          language: interview,
          name: languageName(interview, locale),
          isDraftTranslation: instrument.review[interview] === "draft",
        }
      : null,
    caseReference: facts.caseReference,
    age: facts.age,
    isDraft: e === null,
    evaluation: e
      ? {
          id: "",
          determination: e.determination,
          missingElements: e.missingElements,
          national: e.national,
          explanation: e.explanation.map((line) =>
            line.code.startsWith("harm.")
              ? { ...line, text: harmText(line.code.slice("harm.".length)) }
              : line,
          ),
        }
      : null,
    indicators: (e?.indicators ?? []).map((i) => ({
      code: i.id,
      label: `${i.id}: ${questionText(i.questionIds[0] ?? "")}`,
    })),
    otherHarms: (e?.otherHarms ?? []).map((h) => ({
      code: h.code,
      label: harmText(h.code),
      reference: h.reference,
    })),
    services: facts.services,
    answers: instrument.questions
      .filter((q) => Object.hasOwn(facts.answers, q.id))
      .map((q) => ({
        question: q.text[interview ?? locale].child,
        officerQuestion: `${q.id} · ${q.text[locale].officer}`,
        answer: answerText(facts, q.id, facts.answers[q.id]),
      })),
  };
}
