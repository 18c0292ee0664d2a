import type { ProviderView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { findOrganisation } from "../organisations/index.ts";
import { type Actor, type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import { canListProvider, canUpdateAvailability } from "./policy.ts";
import {
  type DirectoryFilter,
  type ProviderRow,
  searchProviders,
  selectProvider,
} from "./queries.ts";

export type ProviderInput = {
  organisationId?: string | undefined;
  name: string;
  services: string[];
  languages: string[];
  countryCode: string;
  province?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  minAge: number;
  maxAge: number;
  sexes: string[];
  hours?: string | undefined;
  hotlineNumbers: string[];
  bedCapacity?: number | undefined;
};

function matchesOf(r: ProviderRow, f: Partial<DirectoryFilter>): string[] {
  const m: string[] = [];
  if (f.service) m.push("service");
  if (f.language && r.languages.includes(f.language)) m.push("language");
  if ((r.beds_available ?? 0) > 0) m.push("free_bed");
  if (f.province && r.province?.toLowerCase() === f.province.toLowerCase()) m.push("province");
  return m;
}

/** A provider as shown, with what matched the search and what the actor may do. */
export function toProviderView(
  actor: Actor,
  r: ProviderRow & { distance_km?: number | null },
  f: Partial<DirectoryFilter> = {},
): ProviderView {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    services: r.services,
    languages: r.languages,
    countryCode: r.country_code.trim(),
    province: r.province,
    minAge: r.min_age,
    maxAge: r.max_age,
    sexes: r.sexes,
    hours: r.hours,
    hotlineNumbers: r.hotline_numbers,
    bedCapacity: r.bed_capacity,
    bedsAvailable: r.beds_available,
    availabilityUpdatedAt: r.availability_updated_at?.toISOString() ?? null,
    distanceKm:
      r.distance_km === null || r.distance_km === undefined
        ? null
        : Math.round(r.distance_km * 10) / 10,
    matches: matchesOf(r, f),
    can: {
      updateAvailability: canUpdateAvailability(actor, { organisationId: r.organisation_id }),
      refer:
        r.organisation_id !== null &&
        actor.kind === "user" &&
        ["caseworker", "supervisor"].includes(actor.role),
    },
  };
}

/** Searches the directory; anyone signed in may. */
export async function searchDirectory(ctx: Ctx, f: DirectoryFilter): Promise<ProviderView[]> {
  const rows = await searchProviders(ctx.db, f);
  return rows.map((r) => toProviderView(ctx.actor, r, f));
}

/** Lists a provider (node admins any; an organisation's admin its own). */
export async function createProvider(ctx: Ctx, input: ProviderInput): Promise<ProviderView> {
  if (!canListProvider(ctx.actor, input.organisationId ?? null))
    throw new Forbidden("Only administrators list providers");
  return inTransaction(ctx, async (tx) => {
    if (input.organisationId && !(await findOrganisation(tx.db, input.organisationId)))
      throw new Invalid("organisationId", "Unknown organisation", "unknown_organisation");
    const now = tx.clock.now();
    const row = await tx.db
      .insertInto("service_providers")
      .values({
        organisation_id: input.organisationId ?? null,
        name: input.name,
        services: input.services,
        languages: input.languages,
        country_code: input.countryCode,
        province: input.province ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        min_age: input.minAge,
        max_age: input.maxAge,
        sexes: input.sexes,
        hours: input.hours ?? null,
        hotline_numbers: input.hotlineNumbers,
        bed_capacity: input.bedCapacity ?? null,
        beds_available: input.bedCapacity ?? null,
        availability_updated_at: input.bedCapacity === undefined ? null : now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "provider.create",
      resourceType: "provider",
      resourceId: row.id,
      organisationId: row.organisation_id,
    });
    return toProviderView(tx.actor, row);
  });
}

/** The provider's staff update its free beds. */
export async function updateAvailability(
  ctx: Ctx,
  id: string,
  bedsAvailable: number,
): Promise<ProviderView> {
  return inTransaction(ctx, async (tx) => {
    const p = await selectProvider(tx.db, id);
    if (!p) throw new NotFound("provider");
    if (!canUpdateAvailability(tx.actor, { organisationId: p.organisation_id }))
      throw new Forbidden("Only the provider's own staff update its beds");
    if (p.bed_capacity === null || bedsAvailable > p.bed_capacity)
      throw new Invalid(
        "bedsAvailable",
        `At most the capacity (${p.bed_capacity ?? 0})`,
        "at_most_capacity",
        {
          maximum: p.bed_capacity ?? 0,
        },
      );
    const row = await tx.db
      .updateTable("service_providers")
      .set({
        beds_available: bedsAvailable,
        availability_updated_at: tx.clock.now(),
        updated_at: tx.clock.now(),
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "provider.availability",
      resourceType: "provider",
      resourceId: id,
      organisationId: p.organisation_id,
      details: { bedsAvailable },
    });
    return toProviderView(tx.actor, row);
  });
}
