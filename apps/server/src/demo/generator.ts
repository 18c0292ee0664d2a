import { sql } from "kysely";
import { refreshPersonMatchKeys } from "../linkage/index.ts";
import type { Db } from "../platform/db/database.ts";
import { createRandom, generateName, type NameParts, pickFrom } from "./names.ts";

/*
 * Generates believable fictional cases for the demo and, scaled up, for the benchmark. Rows are
 * bulk-inserted (many per statement) because a million registrations through the services would
 * take hours; the seed records one audit entry for the whole batch instead.
 */

const exploitation = [
  "sexual_exploitation",
  "online_sexual_exploitation",
  "forced_labour",
  "forced_criminality",
  "forced_begging",
  "domestic_servitude",
  "forced_or_child_marriage",
];
const statuses = ["open", "open", "assessed", "in_services", "in_services", "closed"];
const sources = ["police", "hotline", "ngo", "social_welfare", "family", "self", "immigration"];
const methods = [
  "ThroughOnlineSocialNetworks",
  "ThroughFriendsOrSocialEvents",
  "ThroughFamilyOrFamilyEvents",
  "ThroughAnOnlineAdvertisement",
  "AtWork",
];
const platforms = ["Facebook", "Zalo", "Telegram", "TikTok", "Line", "WhatsApp"];
const provinces: Record<string, string[]> = {
  VN: ["An Giang", "Đồng Tháp", "Lào Cai", "Nghệ An", "Hà Nội", "Thành phố Hồ Chí Minh"],
  TH: ["เชียงราย", "กรุงเทพมหานคร", "ตาก", "สงขลา"],
  KH: ["Phnom Penh", "Battambang", "Svay Rieng", "Sihanoukville"],
  MM: ["Yangon", "Mandalay", "Shan", "Myawaddy"],
  LA: ["Vientiane", "Savannakhet", "Bokeo"],
  ID: ["Batam", "Jakarta", "Nusa Tenggara Timur"],
  PH: ["Cebu", "Manila", "Pampanga"],
  MY: ["Johor", "Kuala Lumpur", "Sabah"],
};

/** Where generated cases go: organisations and the users they are assigned to. */
export type CaseTarget = { organisationId: string; countryCode: string; assigneeIds: string[] };

function isoDaysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The person columns of a generated name, age and estimate date (two more draws of `random`). */
function personColumns(
  random: () => number,
  organisationId: string,
  p: { sex: "female" | "male"; name: NameParts; age: number; isExactDob: boolean; on: string },
  today: string,
) {
  const { sex, name, age, isExactDob, on } = p;
  return {
    organisation_id: organisationId,
    given_name: name.givenName,
    family_name: name.familyName ?? null,
    given_name_latin: name.givenNameLatin ?? null,
    family_name_latin: name.familyNameLatin ?? null,
    name_order: name.nameOrder,
    // NFKC as a registration's search text is (persons/queries.ts searchableNames), so the
    // name search, which normalises what is typed the same way, finds generated Thai names
    // written with SARA AM (U+0E33, NFKC U+0E4D U+0E32) as it finds registered ones.
    search: [name.givenName, name.familyName, name.givenNameLatin, name.familyNameLatin]
      .filter(Boolean)
      .join(" ")
      .normalize("NFKC"),
    sex,
    date_of_birth: isExactDob ? isoDaysBefore(today, age * 365 + Math.floor(random() * 300)) : null,
    estimated_age_years: isExactDob ? null : age,
    age_estimated_on: isExactDob ? null : on,
    age_basis: isExactDob ? "document" : pickFrom(random, ["declared", "assessed"]),
    nationality: name.nationality,
    languages: [name.language],
  };
}
type PersonColumns = ReturnType<typeof personColumns>;

/** One generated person without a case (e.g. a sibling, or a child met by outreach). */
export function generatePerson(random: () => number, organisationId: string, today: string) {
  const sex = random() < 0.78 ? "female" : "male";
  const name = generateName(random, sex);
  const age = 9 + Math.floor(random() * 10);
  const isExactDob = random() < 0.35;
  const on = isoDaysBefore(today, Math.floor(random() * 700));
  return personColumns(random, organisationId, { sex, name, age, isExactDob, on }, today);
}

/** One generated registration: the person's and the case's column values. */
export function generateCase(random: () => number, target: CaseTarget, n: number, today: string) {
  const sex = random() < 0.78 ? "female" : "male";
  const name = generateName(random, sex);
  const age = 9 + Math.floor(random() * 10);
  const isExactDob = random() < 0.35;
  const registeredOn = isoDaysBefore(today, Math.floor(random() * 700));
  const status = pickFrom(random, statuses);
  const origin = name.nationality in provinces ? name.nationality : target.countryCode;
  const crossesBorder = origin !== target.countryCode;
  const types = [
    pickFrom(random, exploitation),
    ...(random() < 0.2 ? [pickFrom(random, exploitation)] : []),
  ];
  const isOnline = random() < 0.55;
  return {
    person: personColumns(
      random,
      target.organisationId,
      { sex, name, age, isExactDob, on: registeredOn },
      today,
    ),
    case: {
      organisation_id: target.organisationId,
      reference: `${target.countryCode}-DEMO-${String(n).padStart(7, "0")}`,
      registered_on: registeredOn,
      referral_source: pickFrom(random, sources),
      found_country: target.countryCode,
      found_province: pickFrom(random, provinces[target.countryCode] ?? ["—"]),
      exploitation_types: [...new Set(types)],
      recruitment_methods: [
        isOnline
          ? pickFrom(random, methods.slice(0, 1).concat(methods.slice(3, 4)))
          : pickFrom(random, methods),
      ],
      recruiter_relation: pickFrom(random, ["Familial", "Acquainted", "Unaquainted"]),
      recruitment_platforms: isOnline ? [pickFrom(random, platforms)] : [],
      origin_country: origin,
      origin_province: pickFrom(random, provinces[origin] ?? ["—"]),
      destination_country: target.countryCode,
      border_crossing: crossesBorder
        ? pickFrom(random, ["irregular", "irregular", "regular"])
        : "none",
      risk_level: pickFrom(random, ["low", "medium", "medium", "high"]),
      status,
      closure_outcome:
        status === "closed"
          ? pickFrom(random, ["reintegrated", "reintegrated", "transferred", "lost_contact"])
          : null,
      assigned_user_id: target.assigneeIds.length ? pickFrom(random, target.assigneeIds) : null,
    },
  };
}

/** A generated person as a row to insert, with the search column computed by the database. */
function personValues({ search, ...p }: PersonColumns) {
  return {
    ...p,
    search_text: sql<string>`sahabat_unaccent(lower(${search}))`,
    nationality_status: "known",
    other_names: [],
    is_age_disputed: false,
  };
}

/**
 * Generates and inserts `count` cases spread over the targets, in batches, each batch one
 * transaction with the persons' matching keys. Deterministic for a given seed. Returns how many were inserted.
 */
export async function insertGeneratedCases(
  db: Db,
  targets: CaseTarget[],
  count: number,
  options: { seed: number; today: string; batchSize?: number; firstNumber?: number },
) {
  const random = createRandom(options.seed);
  const batchSize = options.batchSize ?? 500;
  let n = options.firstNumber ?? 1;
  for (let done = 0; done < count; done += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, count - done) }, () =>
      generateCase(random, pickFrom(random, targets), n++, options.today),
    );
    await db.transaction().execute(async (tx) => {
      const persons = await tx
        .insertInto("persons")
        .values(rows.map(({ person }) => personValues(person)))
        .returning("id")
        .execute();
      await refreshPersonMatchKeys(
        tx,
        persons.map((p) => p.id),
        options.today,
      );
      const now = new Date(`${options.today}T12:00:00Z`);
      await tx
        .insertInto("cases")
        .values(
          rows.map(({ case: c }, i) => ({
            ...c,
            person_id: persons[i]?.id as string,
            transit: "[]",
            closed_at: c.status === "closed" ? now : null,
            created_at: new Date(now.getTime() - (count - done - i) * 1000),
          })),
        )
        .execute();
    });
  }
  return count;
}

/**
 * Generates and inserts `count` persons without a case, spread over the organisations, in
 * batches, each batch one transaction with the persons' matching keys. Deterministic for a
 * given seed. Returns how many were inserted.
 */
export async function insertGeneratedPersons(
  db: Db,
  organisationIds: string[],
  count: number,
  options: { seed: number; today: string; batchSize?: number },
) {
  const random = createRandom(options.seed);
  const batchSize = options.batchSize ?? 500;
  for (let done = 0; done < count; done += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, count - done) }, () =>
      generatePerson(random, pickFrom(random, organisationIds), options.today),
    );
    await db.transaction().execute(async (tx) => {
      const persons = await tx
        .insertInto("persons")
        .values(rows.map(personValues))
        .returning("id")
        .execute();
      await refreshPersonMatchKeys(
        tx,
        persons.map((p) => p.id),
        options.today,
      );
    });
  }
  return count;
}
