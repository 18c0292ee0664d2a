import type { Actor } from "../platform/context.ts";

/*
 * Who reads and extends an agency's advert lexicon. Every user of the organisation screens with
 * it, so every user may read it; supervisors, investigators and the organisation's administrator
 * add and retire entries. An entry changes what is flagged for the whole organisation, which is
 * why each change is audited and numbered in the lexicon's version.
 * WARNING: a change needs review by a second engineer and ad-lexicons.test.ts updated with it.
 */
const editingRoles = new Set(["supervisor", "investigator", "org_admin"]);

/** Whether the actor may read their organisation's lexicon. */
export function canReadAgencyLexicon(actor: Actor): actor is Extract<Actor, { kind: "user" }> {
  return actor.kind === "user";
}

/** Whether the actor may add or retire entries of their organisation's lexicon. */
export function canEditAgencyLexicon(actor: Actor): actor is Extract<Actor, { kind: "user" }> {
  return actor.kind === "user" && editingRoles.has(actor.role);
}
