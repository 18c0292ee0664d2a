import type { TakedownView } from "@sahabat/shared";
import PDFDocument from "pdfkit";
import { registerFonts, type TextStyle, writeParagraph } from "../screening/index.ts";

/*
 * What leaves the node: the notice as the platform receives it, as signed JSON and as a PDF.
 * Only the notice's own fields go out (no internal case links, no `can` map). Fingerprints
 * identify the content; no material is ever attached.
 */

/** The notice document a platform receives (fields of takedown-notice.md §1.2). */
export function noticeDocument(view: TakedownView) {
  return {
    noticeId: view.id,
    version: view.version,
    cycle: view.cycle,
    previousNoticeId: view.previousNoticeId,
    language: view.language,
    issuer: view.issuer,
    recipient: view.recipient,
    category: view.category,
    targets: view.targets,
    explanation: view.explanation,
    legalBasis: view.legalBasis,
    requestedActions: view.requestedActions,
    preservationDays: view.preservationDays,
    deadline: view.deadlineAt,
    redress: view.redress,
    responseChannel: view.responseChannel,
    goodFaithStatement:
      "The issuer believes in good faith that the information in this notice is accurate and complete.",
    materialAttached: false,
  };
}

const styles: Record<string, TextStyle> = {
  title: { size: 16, weight: "bold" },
  heading: { size: 11, weight: "bold" },
  body: { size: 9.5 },
  small: { size: 8, color: "#555555" },
};

function line(doc: InstanceType<typeof PDFDocument>, label: string, value: string | null) {
  if (value) writeParagraph(doc, `${label}: ${value}`, styles.body as TextStyle);
}

/** Renders the notice as a PDF with the web app's Noto fonts embedded (every script prints). */
export function renderNoticePdf(view: TakedownView): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: `Takedown notice ${view.id} v${view.version}`, Creator: "Sahabat" },
    lang: view.language,
  } as ConstructorParameters<typeof PDFDocument>[0]);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerFonts(doc);
  const s = (name: string) => styles[name] as TextStyle;
  writeParagraph(doc, "Takedown notice", s("title"));
  line(
    doc,
    "Notice",
    `${view.id}, version ${view.version}${view.cycle > 1 ? `, re-upload cycle ${view.cycle}` : ""}`,
  );
  line(doc, "Reference to quote", view.responseChannel.reference);
  line(doc, "Category", view.category.replaceAll("_", " "));
  line(
    doc,
    "Deadline (UTC)",
    view.deadlineAt ?? `${view.legalBasis.deadlineHours} hours after sending`,
  );
  doc.moveDown(0.5);
  writeParagraph(doc, "Issuer", s("heading"));
  line(doc, "Agency", `${view.issuer.agency} (${view.issuer.countryCode})`);
  line(doc, "Unit", view.issuer.unit);
  line(
    doc,
    "Contact",
    [view.issuer.contactName, view.issuer.contactEmail, view.issuer.contactPhone]
      .filter(Boolean)
      .join(", "),
  );
  writeParagraph(doc, "Recipient", s("heading"));
  line(doc, "Platform", view.recipient.name);
  line(doc, "Abuse contact", `${view.recipient.abuseContact} (${view.recipient.channel})`);
  writeParagraph(doc, "Content", s("heading"));
  view.targets.forEach((t, i) => {
    writeParagraph(doc, `${i + 1}. ${t.url}`, { ...s("body"), weight: "bold" });
    line(doc, "Content id", t.contentId);
    line(doc, "Account id", t.accountId);
    line(doc, "First / last seen (UTC)", `${t.firstSeenAt} / ${t.lastSeenAt}`);
    line(doc, "Captured by", t.captureMethod.replaceAll("_", " "));
    for (const f of t.fingerprints) line(doc, f.type.toUpperCase(), f.value);
    line(doc, "Advert excerpt", t.excerpt);
  });
  writeParagraph(
    doc,
    "No material is attached to this notice: the content is identified by its location and fingerprints.",
    s("small"),
  );
  writeParagraph(doc, "Why the content is illegal", s("heading"));
  writeParagraph(doc, view.explanation, s("body"));
  writeParagraph(doc, "Legal basis", s("heading"));
  line(doc, "Statute", view.legalBasis.statute);
  line(doc, "Deadline", `${view.legalBasis.deadlineHours} hours: ${view.legalBasis.citation}`);
  line(doc, "Decision reference", view.legalBasis.decisionReference);
  writeParagraph(doc, "Requested actions", s("heading"));
  line(doc, "Actions", view.requestedActions.map((a) => a.replaceAll("_", " ")).join(", "));
  line(doc, "Preserve evidence for (days)", view.preservationDays?.toString() ?? null);
  writeParagraph(doc, "Redress", s("heading"));
  writeParagraph(doc, view.redress, s("body"));
  writeParagraph(doc, "Response", s("heading"));
  line(doc, "E-mail", view.responseChannel.email);
  line(doc, "URL", view.responseChannel.url);
  doc.moveDown(0.5);
  writeParagraph(
    doc,
    "The issuer believes in good faith that the information in this notice is accurate and complete. A signed JSON copy of this notice accompanies it.",
    s("small"),
  );
  doc.end();
  return done;
}
