import { canCreateCase } from "../cases/index.ts";
import type { Actor } from "../platform/context.ts";

/*
 * Who may check a registration for an already known child. The check is a step of registering,
 * so it is open to those who register (caseworkers and supervisors), and it shows only persons
 * with a case the actor may read (cases/policy.ts visibleCases, applied in linkage/queries.ts).
 * WARNING: a change here decides who sees children's records. It needs a second reviewer and the
 * authorisation tests in duplicate-check-authorization.test.ts changed in the same commit.
 */
export function canCheckDuplicates(actor: Actor): boolean {
  return canCreateCase(actor);
}
