import {
  bundledLexicons,
  type CompiledLexicons,
  compileLexicons,
  type Language,
  parseLexicon,
  shippedLexicons,
} from "@sahabat/ads";
import type { Ctx } from "../platform/context.ts";
import { selectEntries, selectRevisions, toLexicon } from "./agency-lexicon.queries.ts";

/*
 * The lexicons a user's screenings use: the shipped ones plus their organisation's own entries,
 * compiled once per revision. Each screening asks the database for the organisation's revisions
 * (one small indexed read) so a change made by another server process applies to the next
 * screening; this process forgets its copy at once after its own changes.
 */
const compiled = new Map<string, { key: string; lexicons: CompiledLexicons }>();

/** Drops an organisation's compiled lexicons (after a change). */
export function forgetCompiledLexicons(organisationId: string): void {
  compiled.delete(organisationId);
}

/** The compiled lexicons the actor screens with. */
export async function lexiconsFor(ctx: Ctx): Promise<CompiledLexicons> {
  const actor = ctx.actor;
  if (actor.kind !== "user") return shippedLexicons();
  const revisions = await selectRevisions(ctx.db, actor.organisationId);
  if (revisions.length === 0) return shippedLexicons();
  const key = revisions.map((r) => `${r.language}:${r.revision}`).join(",");
  const cached = compiled.get(actor.organisationId);
  if (cached?.key === key) return cached.lexicons;
  const rows = await selectEntries(ctx.db, actor.organisationId, { activeOnly: true });
  const agency = revisions.flatMap((r) => {
    const entries = rows.filter((row) => row.language === r.language);
    return entries.length === 0
      ? []
      : [parseLexicon(toLexicon(actor.organisationId, r.language as Language, r.version, entries))];
  });
  const lexicons = compileLexicons([...bundledLexicons, ...agency]);
  compiled.set(actor.organisationId, { key, lexicons });
  return lexicons;
}
