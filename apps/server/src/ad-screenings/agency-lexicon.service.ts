import {
  bundledLexicons,
  compileLexicons,
  type Language,
  type LexiconEntry,
  LexiconError,
  normalisePhrase,
  parseLexicon,
} from "@sahabat/ads";
import type {
  AdLexiconEntryBody,
  AdLexiconEntryView,
  AdLexiconRetireBody,
  AgencyLexiconsView,
} from "@sahabat/shared";
import { sql } from "kysely";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, DomainError, Forbidden, NotFound } from "../platform/errors.ts";
import { forgetCompiledLexicons } from "./agency-lexicon.cache.ts";
import {
  agencyScope,
  type EntryRow,
  nextEntryId,
  selectEntries,
  selectRevisions,
  toLexicon,
} from "./agency-lexicon.queries.ts";
import { canEditAgencyLexicon, canReadAgencyLexicon } from "./lexicon.policy.ts";

/** The lexicon with the new entry fails the package's schema: 400, every problem named. */
class LexiconRefused extends DomainError {
  constructor(error: LexiconError) {
    super(
      "validation",
      400,
      "Invalid input",
      "The entry would make the lexicon invalid; nothing was changed",
      error.problems.map((p) => ({
        field: p.path.replace(/^entries\.\d+\./, ""),
        message: p.message,
      })),
    );
  }
}

function toView(row: EntryRow): AdLexiconEntryView {
  const entry = row.entry as LexiconEntry;
  return {
    id: row.id,
    entryId: row.entry_id,
    language: row.language as Language,
    category: entry.category,
    text: entry.text,
    match: entry.match as AdLexiconEntryView["match"],
    gloss: entry.gloss ?? null,
    weight: entry.weight ?? null,
    exactMarks: entry.exactMarks ?? false,
    note: entry.note ?? null,
    source: entry.source,
    review: entry.review as AdLexiconEntryView["review"],
    status: row.status as AdLexiconEntryView["status"],
    addedVersion: row.added_version,
    createdAt: row.created_at.toISOString(),
    createdByName: row.created_by_name ?? null,
    retiredVersion: row.retired_version,
    retiredAt: row.retired_at?.toISOString() ?? null,
    retireReason: row.retire_reason,
  };
}

/** The actor's organisation's own entries, grouped by language, with each lexicon's version. */
export async function readAgencyLexicons(
  ctx: Ctx,
  status: "active" | "all",
): Promise<AgencyLexiconsView> {
  const actor = ctx.actor;
  if (!canReadAgencyLexicon(actor)) throw new Forbidden();
  const [revisions, rows] = await Promise.all([
    selectRevisions(ctx.db, actor.organisationId),
    selectEntries(ctx.db, actor.organisationId, { activeOnly: status === "active" }),
  ]);
  return {
    organisationId: actor.organisationId,
    scope: agencyScope(actor.organisationId),
    canEdit: canEditAgencyLexicon(actor),
    lexicons: revisions.map((r) => ({
      language: r.language as Language,
      version: r.version,
      revision: r.revision,
      entries: rows.filter((row) => row.language === r.language).map(toView),
    })),
  };
}

/**
 * Moves the organisation's lexicon of one language to its next revision in one statement, which
 * also locks its row until the transaction ends, so two changes never share a number.
 */
async function nextRevision(tx: Ctx, organisationId: string, language: Language) {
  const now = tx.clock.now();
  const year = `${now.getUTCFullYear()}.`;
  const { version } = await tx.db
    .insertInto("ad_lexicons")
    .values({
      organisation_id: organisationId,
      language,
      revision: 1,
      version: `${year}1`,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(["organisation_id", "language"]).doUpdateSet({
        revision: sql`ad_lexicons.revision + 1`,
        version: sql`${year} || (ad_lexicons.revision + 1)`,
        updated_at: now,
      }),
    )
    .returning("version")
    .executeTakeFirstOrThrow();
  return { version, now };
}

/** The shipped or agency entry that already says this, if any. */
function existingEntryFor(entry: LexiconEntry, language: Language, active: readonly EntryRow[]) {
  const key = (e: LexiconEntry) =>
    `${e.category}|${e.match}|${e.match === "phrase" ? normalisePhrase(e.text, !e.exactMarks) : e.text.toLowerCase()}`;
  const wanted = key(entry);
  const shipped = bundledLexicons.find((l) => l.language === language)?.entries ?? [];
  return [...shipped, ...active.map((row) => row.entry as LexiconEntry)].find(
    (e) => key(e) === wanted,
  );
}

/**
 * Adds an entry to the actor's organisation's lexicon of its language: validated with the whole
 * lexicon by the package's schema (refused whole, nothing changed), numbered from 500, marked
 * "agency" and "draft", the lexicon's version raised and the change audited, in one transaction.
 */
export async function addAgencyEntry(
  ctx: Ctx,
  body: AdLexiconEntryBody,
): Promise<AdLexiconEntryView> {
  const actor = ctx.actor;
  if (!canEditAgencyLexicon(actor))
    throw new Forbidden("Your role may not change the organisation's advert lexicon");
  const organisationId = actor.organisationId;
  const result = await inTransaction(ctx, async (tx) => {
    const { version, now } = await nextRevision(tx, organisationId, body.language);
    const all = await selectEntries(tx.db, organisationId, {
      language: body.language,
      activeOnly: false,
    });
    const entryId = nextEntryId(body.language, body.category, all);
    if (entryId === null)
      throw new Conflict(
        `The organisation's ${body.language} lexicon has no free ${body.category} entry number left`,
      );
    const entry: LexiconEntry = {
      id: entryId,
      category: body.category,
      text: body.text,
      match: body.match,
      provenance: "agency",
      source: body.source,
      review: "draft",
      ...(body.gloss ? { gloss: body.gloss } : {}),
      ...(body.weight !== undefined ? { weight: body.weight } : {}),
      ...(body.exactMarks !== undefined ? { exactMarks: body.exactMarks } : {}),
      ...(body.note ? { note: body.note } : {}),
    };
    const active = all.filter((row) => row.status === "active");
    try {
      compileLexicons([
        parseLexicon(
          toLexicon(organisationId, body.language, version, [...active, { entry } as EntryRow]),
        ),
      ]);
    } catch (error) {
      if (error instanceof LexiconError) throw new LexiconRefused(error);
      throw error;
    }
    const existing = existingEntryFor(entry, body.language, active);
    if (existing)
      throw new Conflict(`The lexicon already has this ${body.match}: ${existing.id}`, [
        {
          field: "text",
          message: `Already in the lexicon as ${existing.id}`,
          code: "already_listed",
          params: { entryId: existing.id },
        },
      ]);
    const { id } = await tx.db
      .insertInto("ad_lexicon_entries")
      .values({
        organisation_id: organisationId,
        language: body.language,
        entry_id: entryId,
        category: body.category,
        entry: JSON.stringify(entry),
        status: "active",
        added_version: version,
        created_by: actor.userId,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "ad_lexicon.entry_add",
      resourceType: "ad_lexicon_entry",
      resourceId: id,
      organisationId,
      details: {
        language: body.language,
        entryId,
        category: body.category,
        match: body.match,
        version,
      },
    });
    const row = (
      await selectEntries(tx.db, organisationId, { language: body.language, activeOnly: true })
    ).find((r) => r.id === id)!;
    return toView(row);
  });
  forgetCompiledLexicons(organisationId);
  return result;
}

/** Retires an entry (never deleted, so past indicators stay traceable), raising the version. */
export async function retireAgencyEntry(
  ctx: Ctx,
  id: string,
  body: AdLexiconRetireBody,
): Promise<AdLexiconEntryView> {
  const actor = ctx.actor;
  if (!canReadAgencyLexicon(actor)) throw new NotFound("lexicon entry");
  const organisationId = actor.organisationId;
  const result = await inTransaction(ctx, async (tx) => {
    const found = await tx.db
      .selectFrom("ad_lexicon_entries")
      .select(["language", "status", "entry_id"])
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();
    if (!found) throw new NotFound("lexicon entry");
    if (!canEditAgencyLexicon(actor))
      throw new Forbidden("Your role may not change the organisation's advert lexicon");
    const language = found.language as Language;
    const { version, now } = await nextRevision(tx, organisationId, language);
    const retired = await tx.db
      .updateTable("ad_lexicon_entries")
      .set({
        status: "retired",
        retired_version: version,
        retired_by: actor.userId,
        retired_at: now,
        retire_reason: body.reason,
      })
      .where("id", "=", id)
      .where("status", "=", "active")
      .executeTakeFirst();
    if (retired.numUpdatedRows === 0n) throw new Conflict("The entry is already retired");
    await recordAudit(tx, {
      action: "ad_lexicon.entry_retire",
      resourceType: "ad_lexicon_entry",
      resourceId: id,
      organisationId,
      details: { language, entryId: found.entry_id, version },
    });
    const row = (await selectEntries(tx.db, organisationId, { language, activeOnly: false })).find(
      (r) => r.id === id,
    )!;
    return toView(row);
  });
  forgetCompiledLexicons(organisationId);
  return result;
}

/**
 * The organisation's active entries of one language as a lexicon document, in the shipped files'
 * format, for the team to review and take into the repository. 404 when there are none.
 */
export async function exportAgencyLexicon(ctx: Ctx, language: Language) {
  const actor = ctx.actor;
  if (!canReadAgencyLexicon(actor)) throw new Forbidden();
  const [revisions, rows] = await Promise.all([
    selectRevisions(ctx.db, actor.organisationId),
    selectEntries(ctx.db, actor.organisationId, { language, activeOnly: true }),
  ]);
  const revision = revisions.find((r) => r.language === language);
  if (!revision || rows.length === 0) throw new NotFound("lexicon");
  return parseLexicon(toLexicon(actor.organisationId, language, revision.version, rows));
}
