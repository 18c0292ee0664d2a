import {
  type AnswerEvaluation,
  type Answers,
  currentInstrumentVersion,
  evaluateAnswers,
  findInstrument,
  type Instrument,
  type InstrumentLanguage,
  instrumentLanguages,
  isChildFor,
  type ProposedService,
  proposeServices,
} from "@sahabat/screening";
import { useMemo, useState } from "react";

/** The instrument this app was built with: questions work without a connection. */
export const instrument = findInstrument(currentInstrumentVersion) as Instrument;

/** What the officer has entered: the interview's setting, the person's age and the answers. */
export type ScreeningInput = {
  language: InstrumentLanguage;
  profile: string | null;
  age: number | null;
  ageEstimated: boolean;
  ageDisputed: boolean;
  dateOfBirth: string | null;
  answers: Answers;
};

/**
 * The live result on this device: the evaluation, or the fields it cannot use yet. Services are
 * proposed as for an anonymous screening (nationality unknown); saved with a case, the server
 * proposes them knowing the child's nationality.
 */
export type LiveResult =
  | { ok: true; value: AnswerEvaluation; services: ProposedService[] }
  | { ok: false; fields: string[] };

/** Today as YYYY-MM-DD on this device (to check a date of birth against the age). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether a language is one of the instrument's. */
export function isInstrumentLanguage(code: string): code is InstrumentLanguage {
  return (instrumentLanguages as readonly string[]).includes(code);
}

/** Evaluates the answers with the same engine as the server (pure, so it runs offline). */
export function evaluateLive(input: ScreeningInput): LiveResult {
  const result = evaluateAnswers(instrument, input.answers, {
    age: input.age,
    ageEstimated: input.ageEstimated,
    ageDisputed: input.ageDisputed,
    dateOfBirth: input.dateOfBirth,
    today: today(),
    profile: input.profile,
  });
  if (!result.ok) return { ok: false, fields: result.errors.map((e) => e.field) };
  const e = result.value;
  const services = proposeServices({
    determination: e.determination,
    purposes: e.elements.purposes,
    isChild: isChildFor(e.elements),
    isForeign: false,
    otherHarms: e.otherHarms.map((h) => h.code),
  });
  return { ok: true, value: e, services };
}

/** The state of one screening form, evaluated live as it changes. */
export function useScreening(initial: Partial<ScreeningInput> & { language: InstrumentLanguage }) {
  const [input, setInput] = useState<ScreeningInput>({
    profile: null,
    age: null,
    ageEstimated: false,
    ageDisputed: false,
    dateOfBirth: null,
    answers: {},
    ...initial,
  });
  const result = useMemo(() => evaluateLive(input), [input]);
  const update = (patch: Partial<ScreeningInput>) => setInput((x) => ({ ...x, ...patch }));
  const answer = (questionId: string, value: unknown) =>
    setInput((x) => {
      const answers = { ...x.answers };
      if (value === null || value === undefined || value === "") delete answers[questionId];
      else answers[questionId] = value;
      return { ...x, answers };
    });
  // A new person: the interview's setting stays, what is known about the last person goes.
  const reset = () =>
    setInput((x) => ({
      ...x,
      age: null,
      ageEstimated: false,
      ageDisputed: false,
      dateOfBirth: null,
      answers: {},
    }));
  return { input, result, update, answer, reset };
}

// The last anonymous screening of this tab, in memory only (never in storage: the answers are
// about a child), so that it can be attached to a case without asking the questions again.
let lastAnonymous: ScreeningInput | null = null;

/** Keeps the anonymous screening in memory for attaching it to a case; forgets an empty one. */
export function rememberAnonymous(input: ScreeningInput | null) {
  lastAnonymous = input && Object.keys(input.answers).length > 0 ? input : null;
}

/** The anonymous screening of this tab, if any. */
export function anonymousScreening(): ScreeningInput | null {
  return lastAnonymous;
}

/** The screening body the server takes (POST /api/screenings and its PDF). */
export function screeningBody(input: ScreeningInput) {
  return {
    instrumentVersion: instrument.version,
    interviewLanguage: input.language,
    age: input.age,
    ageEstimated: input.ageEstimated,
    ageDisputed: input.ageDisputed,
    ...(input.dateOfBirth ? { dateOfBirth: input.dateOfBirth } : {}),
    profile: input.profile,
    answers: input.answers,
  };
}
