import type { SelectorView } from "@sahabat/shared";
import type { Actor } from "../platform/context.ts";
import { type CaseFacts, canReadSelectors, canRemoveSelector } from "./policy.ts";
import type { SelectorRow } from "./queries.ts";

/** A stored selector as the API shows it, with what the actor may do. */
export function toSelectorView(actor: Actor, r: SelectorRow, c: CaseFacts): SelectorView {
  return {
    id: r.id,
    caseId: r.case_id,
    personId: r.person_id,
    subject: r.person_id === null ? "case" : "person",
    kind: r.kind as SelectorView["kind"],
    entered: r.entered,
    canonical: r.canonical,
    platform: r.platform,
    country: r.country?.trim() ?? null,
    valid: r.is_valid,
    problem: r.problem,
    correlated: r.correlation_key !== null,
    note: r.note,
    createdAt: r.created_at.toISOString(),
    can: {
      remove: canRemoveSelector(actor, c, r.created_by),
      correlate: r.correlation_key !== null && canReadSelectors(actor, c),
    },
  };
}

/** A person's name for display, in their own name order. */
export function nameOf(given: string | null, family: string | null, order: string | null) {
  if (given === null) return null;
  if (!family) return given;
  return order === "family_first" ? `${family} ${given}` : `${given} ${family}`;
}
