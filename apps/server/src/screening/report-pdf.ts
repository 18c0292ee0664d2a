import type { Evaluation } from "@sahabat/screening";
import type { Locale } from "@sahabat/shared";
import PDFDocument from "pdfkit";
import { registerFonts, type TextStyle, writeParagraph } from "./pdf/text.ts";
import { fill, type ReportText, reportText } from "./report-text.ts";

/** A question and its answer as the report prints them, in the interview language. */
export type ReportAnswer = { question: string; officerQuestion: string; answer: string };

/** Everything a screening report shows; built from an anonymous or a stored screening. */
export type ScreeningReport = {
  /** The officer's language: headings, determinations and explanations. */
  locale: Locale;
  /** When the screening was made (ISO date or date-time). */
  date: string;
  instrumentVersion: string | null;
  /** The language the questions were shown in, named in itself, and whether it is a draft. */
  interview: { language: string; name: string; isDraftTranslation: boolean } | null;
  caseReference: string | null;
  age: { value: number | null; isEstimated: boolean; isDisputed: boolean } | null;
  /** A partial screening saved as a draft has no determination. */
  isDraft: boolean;
  evaluation: Evaluation | null;
  indicators: { code: string; label: string }[];
  otherHarms: { code: string; label: string; reference: string | null }[];
  services: string[];
  answers: ReportAnswer[];
};

type Doc = InstanceType<typeof PDFDocument>;

const styles = {
  title: { size: 17, weight: "bold", color: "#1f3a5f" },
  heading: { size: 12, weight: "bold", color: "#1f3a5f" },
  body: { size: 10 },
  small: { size: 8.5, color: "#555555" },
  determination: { size: 14, weight: "bold" },
  mark: { size: 9.5, weight: "bold", color: "#8a4b00" },
} satisfies Record<string, TextStyle>;

function heading(doc: Doc, text: string) {
  doc.moveDown(0.6);
  writeParagraph(doc, text, styles.heading);
}

function bullet(doc: Doc, text: string, reference?: string | null) {
  writeParagraph(doc, `• ${text}`, { ...styles.body, indent: 8, hang: 9 });
  if (reference) writeParagraph(doc, reference, { ...styles.small, indent: 18 });
}

function codesText(t: ReportText, codes: readonly string[] | undefined) {
  return (codes ?? []).map((c) => t.codes[c] ?? c.replace(/_/g, " ")).join(", ");
}

function writeHeader(doc: Doc, t: ReportText, r: ScreeningReport) {
  writeParagraph(doc, t.title, styles.title);
  writeParagraph(doc, t.aid, styles.small);
  doc.moveDown(0.4);
  const facts = [
    `${t.date}: ${r.date.slice(0, 10)}`,
    r.instrumentVersion ? `${t.instrument}: ${r.instrumentVersion}` : null,
    r.caseReference ? `${t.caseReference}: ${r.caseReference}` : null,
    r.interview ? `${t.interviewLanguage}: ${r.interview.name}` : null,
    r.age ? `${t.age}: ${ageText(t, r.age)}` : null,
  ];
  for (const fact of facts) if (fact) writeParagraph(doc, fact, styles.body);
  if (r.interview?.isDraftTranslation) writeParagraph(doc, t.draftTranslation, styles.mark);
}

function ageText(t: ReportText, age: NonNullable<ScreeningReport["age"]>) {
  if (age.value === null) return t.ageUnknown;
  const notes = [age.isEstimated ? t.ageEstimated : null, age.isDisputed ? t.ageDisputed : null];
  const extra = notes.filter(Boolean).join(", ");
  return extra ? `${age.value} (${extra})` : String(age.value);
}

function writeEvaluation(doc: Doc, t: ReportText, e: Evaluation) {
  heading(doc, t.determination);
  writeParagraph(doc, t.determinations[e.determination], styles.determination);
  if (e.missingElements.length) {
    const missing = e.missingElements.map((m) => t.elements[m]).join(", ");
    writeParagraph(doc, `${t.missing}: ${missing}`, styles.body);
  }
  heading(doc, t.explanation);
  for (const line of e.explanation) {
    const template = t.explain[line.code];
    const text = template ? fill(template, { codes: codesText(t, line.codes) }) : line.text;
    const questionIds = (line as { questionIds?: string[] }).questionIds ?? [];
    const answers = questionIds.length ? `${t.answeredBy}: ${questionIds.join(", ")}` : null;
    bullet(doc, text, [line.reference, answers].filter(Boolean).join(" · "));
  }
  const n = e.national;
  if (!n) return;
  heading(doc, fill(t.national, { country: n.country }));
  if (n.status === "illustrative") writeParagraph(doc, t.illustrative, styles.mark);
  if (n.legalText) writeParagraph(doc, n.legalText, styles.small);
  writeParagraph(doc, t.determinations[n.determination], styles.determination);
  if (n.missingElements.length) {
    const missing = n.missingElements.map((m) => t.elements[m]).join(", ");
    writeParagraph(doc, `${t.missing}: ${missing}`, styles.body);
  }
  if (n.differences.length)
    writeParagraph(doc, t.differencesHeading, { ...styles.body, weight: "bold" });
  for (const d of n.differences) {
    const template = t.differences[d.code];
    const codes = d.code === "purpose_not_covered" ? notCovered(t, d.text) : "";
    bullet(doc, template ? fill(template, { codes, limit: limitOf(d.text) }) : d.text);
  }
  writeParagraph(
    doc,
    `${t.nationalNonPunishment}: ${t.nonPunishmentLevels[n.nonPunishment]}`,
    styles.body,
  );
  if (n.determination !== e.determination) {
    doc.moveDown(0.3);
    writeParagraph(doc, t.nonPunishmentNote, { ...styles.body, weight: "bold" });
  }
}

// A difference carries its English sentence only: the codes and the age limit are read back.
const limitOf = (text: string) => /under (\d+)/.exec(text)?.[1] ?? "18";
const notCovered = (t: ReportText, text: string) =>
  codesText(
    t,
    text
      .replace(/^.*: |\.$/g, "")
      .split(", ")
      .map((c) => c.replace(/ /g, "_")),
  );

function writeLists(doc: Doc, t: ReportText, r: ScreeningReport) {
  if (r.indicators.length) {
    heading(doc, t.indicators);
    for (const i of r.indicators) bullet(doc, i.label);
  }
  if (r.otherHarms.length) {
    heading(doc, t.otherHarms);
    for (const h of r.otherHarms) bullet(doc, h.label, h.reference);
  }
  heading(doc, t.servicesHeading);
  if (!r.services.length) writeParagraph(doc, t.none, styles.body);
  for (const s of r.services) bullet(doc, `${s} ${t.services[s] ?? ""}`.trim());
  if (r.answers.length) {
    heading(doc, t.answers);
    for (const a of r.answers) {
      writeParagraph(doc, a.question, { ...styles.body, weight: "bold" });
      if (a.officerQuestion !== a.question) writeParagraph(doc, a.officerQuestion, styles.small);
      writeParagraph(doc, a.answer, { ...styles.body, indent: 12 });
    }
  }
}

function writePageNumbers(doc: Doc, t: ReportText) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.y = doc.page.height - 40;
    writeParagraph(doc, fill(t.page, { page: i + 1, pages: count }), styles.small);
    doc.page.margins.bottom = bottom;
  }
}

/**
 * Renders a screening report as a PDF with its fonts embedded, so that every script prints on
 * a machine without them. Nothing identifying is printed but the case reference.
 */
export function renderScreeningReport(report: ScreeningReport): Promise<Buffer> {
  const t = reportText[report.locale];
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    bufferPages: true,
    info: { Title: t.title, Creator: "Sahabat" },
    lang: report.locale,
  } as ConstructorParameters<typeof PDFDocument>[0]);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerFonts(doc);
  writeHeader(doc, t, report);
  if (report.isDraft || !report.evaluation) {
    doc.moveDown(0.6);
    writeParagraph(doc, t.draftScreening, styles.determination);
  } else writeEvaluation(doc, t, report.evaluation);
  writeLists(doc, t, report);
  writePageNumbers(doc, t);
  doc.end();
  return done;
}
