import { sql } from "kysely";
import { compileOnce } from "../platform/db/compile-once.ts";
import type { Db } from "../platform/db/database.ts";

/** A referral with the names around it. */
export function selectReferralRows(db: Db) {
  return db
    .selectFrom("referrals as r")
    .innerJoin("organisations as fo", "fo.id", "r.from_organisation_id")
    .innerJoin("service_providers as sp", "sp.id", "r.provider_id")
    .innerJoin("cases as c", "c.id", "r.case_id")
    .selectAll("r")
    .select([
      "fo.name as from_organisation_name",
      "sp.name as provider_name",
      "c.reference as case_reference",
      "c.organisation_id as case_organisation_id",
      "c.assigned_user_id as case_assigned_user_id",
      "c.created_by as case_created_by",
      "c.status as case_status",
      "c.closure_requested_by as case_closure_requested_by",
    ]);
}

/** One referral by id. */
export function selectReferral(db: Db, id: string) {
  return selectReferralRows(db).where("r.id", "=", id).executeTakeFirst();
}
export type ReferralRow = NonNullable<Awaited<ReturnType<typeof selectReferral>>>;

/** The history of a referral. */
export function selectReferralEvents(db: Db, id: string) {
  return db
    .selectFrom("referral_events")
    .select(["status", "occurred_at", "note"])
    .where("referral_id", "=", id)
    .orderBy("occurred_at")
    .execute();
}

/** Appends a state change to the history. */
export async function insertReferralEvent(
  db: Db,
  e: {
    referralId: string;
    status: string;
    actorUserId: string | null;
    note?: string | null;
    at: Date;
  },
) {
  await db
    .insertInto("referral_events")
    .values({
      referral_id: e.referralId,
      status: e.status,
      actor_user_id: e.actorUserId,
      note: e.note ?? null,
      occurred_at: e.at,
    })
    .execute();
}

type ReferralCheckKeys = {
  caseId: string;
  fromOrganisationId: string;
  providerId: string;
  serviceKey: string;
};

// Fixed shape: compiled once (compile-once.ts).
const runReferralChecks = compileOnce(
  ["caseId", "fromOrganisationId", "providerId", "serviceKey"],
  (db, k: ReferralCheckKeys) =>
    db
      .selectFrom("organisations as fo")
      .leftJoin("service_providers as sp", (join) => join.on("sp.id", "=", k.providerId))
      .select((eb) => [
        "fo.name as from_organisation_name",
        "sp.id as provider_id",
        "sp.name as provider_name",
        "sp.organisation_id as provider_organisation_id",
        "sp.services as provider_services",
        eb
          .exists(
            eb
              .selectFrom("consents")
              .select("id")
              .where("case_id", "=", k.caseId)
              .where("scope", "=", "sharing_with_referrals")
              .where("decision", "=", "given")
              .where("withdrawn_at", "is", null),
          )
          .as("has_sharing_consent"),
        eb
          .selectFrom("referrals")
          .select("id")
          .where("case_id", "=", k.caseId)
          .where("provider_id", "=", k.providerId)
          .where("service_key", "=", k.serviceKey)
          .where("status", "in", ["pending", "accepted"])
          .limit(1)
          .as("open_referral_id"),
      ])
      .where("fo.id", "=", k.fromOrganisationId),
);

/**
 * Everything a new referral is checked against, in one round trip: the sending organisation's
 * name, the provider (null fields when unknown), whether consent to share with referrals is in
 * force on the case, and an open referral of the case to that provider for that service.
 */
export async function selectReferralChecks(db: Db, k: ReferralCheckKeys) {
  const [checks] = await runReferralChecks(db, k);
  if (!checks) throw new Error("the sending organisation does not exist");
  return checks;
}

type ReferralValues = {
  case_id: string;
  from_organisation_id: string;
  provider_id: string;
  to_organisation_id: string;
  service_key: string;
  shared_fields: string[];
  reason: string;
  legal_basis: string;
  created_by: string | null;
  created_at: Date;
};

// Fixed shape: compiled once (compile-once.ts).
const runReferralInsert = compileOnce(
  [
    "case_id",
    "from_organisation_id",
    "provider_id",
    "to_organisation_id",
    "service_key",
    "shared_fields",
    "reason",
    "legal_basis",
    "created_by",
    "created_at",
  ],
  (db, values: ReferralValues) =>
    db
      .with("r", (q) => q.insertInto("referrals").values(values).returningAll())
      .with("e", (q) =>
        q
          .insertInto("referral_events")
          .columns(["referral_id", "status", "actor_user_id", "note", "occurred_at"])
          .expression((eb) =>
            eb
              .selectFrom("r")
              // Typed: the parameters of an INSERT … SELECT are not inferred from the columns.
              .select([
                "r.id",
                sql<string>`'pending'::text`.as("status"),
                sql<string | null>`cast(${values.created_by} as uuid)`.as("actor_user_id"),
                sql<string | null>`null::text`.as("note"),
                "r.created_at as occurred_at",
              ]),
          ),
      )
      .selectFrom("r")
      .selectAll(),
);

/**
 * Inserts a referral and its first event ("pending") in one statement; returns the referral row.
 */
export async function insertReferralWithEvent(db: Db, values: ReferralValues) {
  const [referral] = await runReferralInsert(db, values);
  if (!referral) throw new Error("the referral insert returned no row");
  return referral;
}
