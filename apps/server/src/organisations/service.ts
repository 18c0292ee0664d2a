import type { AgencyType, OrganisationView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Actor, type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import {
  canCreateOrganisation,
  canCreateUserIn,
  canReadOrganisation,
  canUpdateOrganisation,
  visibleOrganisations,
} from "./policy.ts";
import {
  hasCountry,
  type OrganisationRow,
  selectOrganisation,
  selectOrganisations,
} from "./queries.ts";

type OrganisationInput = {
  name: string;
  agencyType: AgencyType;
  countryCode: string;
  province?: string | undefined;
};

function toView(actor: Actor, r: OrganisationRow): OrganisationView {
  return {
    id: r.id,
    name: r.name,
    agencyType: r.agency_type as AgencyType,
    countryCode: r.country_code.trim(),
    province: r.province,
    createdAt: r.created_at.toISOString(),
    can: { update: canUpdateOrganisation(actor, r), createUser: canCreateUserIn(actor, r) },
  };
}

/** The organisations the actor may see. */
export async function listOrganisations(ctx: Ctx): Promise<OrganisationView[]> {
  const rows = await selectOrganisations(ctx.db, visibleOrganisations(ctx.actor));
  return rows.map((r) => toView(ctx.actor, r));
}

/** One organisation, or NotFound when it is outside the actor's scope. */
export async function getOrganisation(ctx: Ctx, id: string): Promise<OrganisationView> {
  const row = await selectOrganisation(ctx.db, id);
  if (!row || !canReadOrganisation(ctx.actor, row)) throw new NotFound("organisation");
  return toView(ctx.actor, row);
}

/** Adds an organisation to the node (node administrators). */
export async function createOrganisation(
  ctx: Ctx,
  input: OrganisationInput,
): Promise<OrganisationView> {
  if (!canCreateOrganisation(ctx.actor))
    throw new Forbidden("Only node administrators add organisations");
  return inTransaction(ctx, async (tx) => {
    if (!(await hasCountry(tx.db, input.countryCode)))
      throw new Invalid("countryCode", "Unknown country", "unknown_country");
    const row = await tx.db
      .insertInto("organisations")
      .values({
        name: input.name,
        agency_type: input.agencyType,
        country_code: input.countryCode,
        province: input.province ?? null,
      })
      .returning(["id", "name", "agency_type", "country_code", "province", "created_at"])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "organisation.create",
      resourceType: "organisation",
      resourceId: row.id,
      organisationId: row.id,
    });
    return toView(tx.actor, row);
  });
}

/** Changes an organisation's details. */
export async function updateOrganisation(
  ctx: Ctx,
  id: string,
  input: Partial<Omit<OrganisationInput, "province">> & { province?: string | null | undefined },
): Promise<OrganisationView> {
  return inTransaction(ctx, async (tx) => {
    const existing = await selectOrganisation(tx.db, id);
    if (!existing || !canReadOrganisation(tx.actor, existing)) throw new NotFound("organisation");
    if (!canUpdateOrganisation(tx.actor, existing)) throw new Forbidden();
    if (input.countryCode && !(await hasCountry(tx.db, input.countryCode))) {
      throw new Invalid("countryCode", "Unknown country", "unknown_country");
    }
    const row = await tx.db
      .updateTable("organisations")
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.agencyType !== undefined ? { agency_type: input.agencyType } : {}),
        ...(input.countryCode !== undefined ? { country_code: input.countryCode } : {}),
        ...(input.province !== undefined ? { province: input.province } : {}),
        updated_at: tx.clock.now(),
      })
      .where("id", "=", id)
      .returning(["id", "name", "agency_type", "country_code", "province", "created_at"])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "organisation.update",
      resourceType: "organisation",
      resourceId: id,
      organisationId: id,
      details: { fields: Object.keys(input).sort() },
    });
    return toView(tx.actor, row);
  });
}
