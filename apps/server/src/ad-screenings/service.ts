// POST /api/ad-screenings: screening is pure and stores nothing. With a case, the phones, handles
// and links found become the case's identifiers (through the selectors capability, so they link
// like any other) and the screening is audited, in one transaction.
import { AdvertRefused, type CompiledLexicons, WAGES_VERSION } from "@sahabat/ads";
import type { AdScreeningBody, AdScreeningResult } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { lockWritableCase } from "../cases/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Invalid } from "../platform/errors.ts";
import { addSelector } from "../selectors/index.ts";
import { lexiconsFor } from "./agency-lexicon.cache.ts";
import { type AdScreeningView, publicView, screenAdvertForNode } from "./screen.ts";

function advertsOf(body: AdScreeningBody) {
  if (body.adverts) return body.adverts.map((advert, i) => ({ ...advert, field: `adverts.${i}` }));
  return [{ id: body.id ?? "1", text: body.text ?? "", lang: body.lang, field: "" }];
}

function screenAll(body: AdScreeningBody, lexicons: CompiledLexicons): AdScreeningView[] {
  return advertsOf(body).map(({ field, ...advert }) => {
    try {
      return screenAdvertForNode(advert, lexicons);
    } catch (error) {
      if (error instanceof AdvertRefused)
        throw new Invalid(field ? `${field}.${error.field}` : error.field, error.message);
      throw error;
    }
  });
}

async function recordSelectors(ctx: Ctx, caseId: string, views: AdScreeningView[]) {
  const recorded: AdScreeningResult["recordedSelectors"] = [];
  const seen = new Set<string>();
  for (const selector of views.flatMap((view) => view.selectors)) {
    if (!selector.valid || selector.canonical === null) continue;
    const key = `${selector.kind}:${selector.canonical}`;
    if (seen.has(key)) continue;
    seen.add(key);
    try {
      const view = await addSelector(ctx, caseId, {
        kind: selector.kind,
        value: selector.entered,
        ...(selector.options.platform ? { platform: selector.options.platform } : {}),
        ...(selector.options.defaultCountry
          ? { defaultCountry: selector.options.defaultCountry }
          : {}),
        subject: "case",
        note: "Found in a recruitment advert (advert screening)",
      });
      recorded.push({
        kind: selector.kind,
        canonical: selector.canonical,
        selectorId: view.id,
        alreadyRecorded: false,
      });
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      recorded.push({
        kind: selector.kind,
        canonical: selector.canonical,
        selectorId: null,
        alreadyRecorded: true,
      });
    }
  }
  return recorded;
}

/**
 * Screens one advert or a batch. Without a case: any signed-in user, nothing stored or audited.
 * With a case the user may change: the identifiers found are recorded on it and the screening is
 * audited (each advert's result, lexicon entries and versions; never the advert's text). A user
 * screens with the shipped lexicons and their organisation's own entries.
 */
export async function screenAdverts(ctx: Ctx, body: AdScreeningBody): Promise<AdScreeningResult> {
  const lexicons = await lexiconsFor(ctx);
  const views = screenAll(body, lexicons);
  const results = views.map(publicView);
  const caseId = body.caseId;
  if (!caseId) return { caseId: null, status: "anonymous", results, recordedSelectors: [] };
  return inTransaction(ctx, async (tx) => {
    const facts = await lockWritableCase(tx, caseId);
    const recordedSelectors = await recordSelectors(tx, caseId, views);
    await recordAudit(tx, {
      action: "case.ad_screening",
      resourceType: "case",
      resourceId: caseId,
      organisationId: facts.organisationId,
      details: {
        adverts: views.map((view) => ({
          id: view.id,
          flagged: view.flagged,
          score: view.score,
          lang: view.lang,
          entries: view.indicators.map((indicator) => indicator.entry),
        })),
        lexiconVersions: Object.values(lexicons.versions),
        wagesVersion: WAGES_VERSION,
        selectorIds: recordedSelectors.flatMap((s) => (s.selectorId ? [s.selectorId] : [])),
      },
    });
    return { caseId, status: "recorded", results, recordedSelectors };
  });
}
