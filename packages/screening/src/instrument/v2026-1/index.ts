import type {
  ChoiceOption,
  Instrument,
  InstrumentLanguage,
  Label,
  Question,
  Section,
} from "../types.ts";
import { otherHarms2026_1, questions2026_1, sections2026_1 } from "./questions.ts";
import { en } from "./text/en.ts";
import { fil } from "./text/fil.ts";
import { id } from "./text/id.ts";
import { km } from "./text/km.ts";
import type { LanguageText } from "./text/language-text.ts";
import { lo } from "./text/lo.ts";
import { ms } from "./text/ms.ts";
import { my } from "./text/my.ts";
import { th } from "./text/th.ts";
import { vi } from "./text/vi.ts";

/*
 * Assembles version 2026-1 from its questions and its nine language files. A missing wording
 * stays an empty string (the test "every question has all nine languages" fails on it) rather
 * than throwing, so that a gap never takes down a border officer's screen.
 */

const texts: Record<InstrumentLanguage, LanguageText> = { en, vi, th, km, id, ms, my, lo, fil };
const languages = Object.keys(texts) as InstrumentLanguage[];

function perLanguage<T>(pick: (t: LanguageText) => T): Record<InstrumentLanguage, T> {
  return Object.fromEntries(languages.map((l) => [l, pick(texts[l])])) as Record<
    InstrumentLanguage,
    T
  >;
}

const label = (pick: (t: LanguageText) => string | undefined) =>
  perLanguage<Label>((t) => ({ text: pick(t) ?? "", review: t.review }));

const sections: Section[] = sections2026_1.map((s) => ({
  id: s.id,
  kind: s.kind,
  title: label((t) => t.sections[s.id]),
}));

const questions: Question[] = questions2026_1.map((q) => {
  const options: ChoiceOption[] | undefined =
    "options" in q
      ? q.options.map((code) => ({ code, label: label((t) => t.options[`${q.id}.${code}`]) }))
      : undefined;
  return {
    ...q,
    evidences: [...q.evidences],
    ...(options ? { options } : {}),
    text: perLanguage((t) => ({
      child: t.questions[q.id]?.[0] ?? "",
      officer: t.questions[q.id]?.[1] ?? "",
      review: t.review,
    })),
  } as Question;
});

/** Instrument version 2026-1. */
export const instrument2026_1: Instrument = {
  version: "2026-1",
  publishedOn: "2026-11-28",
  languages,
  review: perLanguage((t) => t.review),
  sections,
  questions,
  otherHarms: otherHarms2026_1.map((h) => ({ ...h, text: label((t) => t.harms[h.code]) })),
  sources: [
    "Palermo Protocol Art. 3; ACTIP Art. 2",
    "UNODC Human Trafficking Indicators",
    "ILO Indicators of Forced Labour (2012)",
    "Sahabat identification-indicators.yaml (reference pack, version 1): indicator ids and element mapping",
  ],
};
