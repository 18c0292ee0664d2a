import type { AgencyType } from "@sahabat/shared";
import { sql } from "kysely";
import {
  type CaseTarget,
  insertGeneratedCases,
  insertGeneratedPersons,
} from "../../apps/server/src/demo/generator.ts";
import { createProvider } from "../../apps/server/src/directory/index.ts";
import { openNodeDatabase } from "../../apps/server/src/node.ts";
import { createOrganisation } from "../../apps/server/src/organisations/index.ts";
import { loadConfig } from "../../apps/server/src/platform/config.ts";
import type { Db } from "../../apps/server/src/platform/db/database.ts";
import { createUser } from "../../apps/server/src/users/index.ts";
import { benchPassword, enrolTotp, initNodeDir, systemCtx } from "./node-setup.ts";
import { insertBenchSelectors } from "./selectors-setup.ts";

/** Sizes of the generated region. */
export type CasesScale = {
  /** Cases, each with its own person. */
  cases: number;
  /** Persons in all, with and without a case (at least `cases`). */
  persons: number;
};

/** A node with a generated region of cases, and what the HTTP loads need from it. */
export type CasesNode = {
  env: Record<string, string>;
  /** Supervisors of the large organisation, each enrolled in TOTP, one per HTTP client. */
  supervisors: { id: string; email: string; totpSecret: string }[];
  largeOrganisationId: string;
  /** Cases of the large organisation (its supervisors may read them all). */
  largeOrganisationCases: number;
  /** Providers run by other organisations, and the services each offers. */
  providers: { id: string; services: string[] }[];
};

/** How long each step of the load took, in seconds, and what it added. */
export type LoadTimes = {
  personsWithoutCase: number;
  personsSeconds: number;
  cases: number;
  casesSeconds: number;
  consents: number;
  selectors: number;
  selectorsSeconds: number;
  vacuumSeconds: number;
};

const organisationCount = 50;
/** The large organisation's share of the cases: tens of thousands at full scale. */
const largeShare = 0.1;
const clientsAtLeast = 1;
/** Organisations by country (a country's count is its weight), 50 in all. */
const countryWeights: [string, number][] = [
  ["VN", 14],
  ["TH", 10],
  ["KH", 6],
  ["MM", 5],
  ["LA", 4],
  ["ID", 4],
  ["PH", 4],
  ["MY", 3],
];
const agencyTypes: AgencyType[] = ["social_welfare", "police", "shelter", "ngo", "hotline"];
/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters for a case row. */
const batchSize = 2000;
/** Rows per call of the generator, so that a long load prints its progress. */
const chunk = 100_000;

function countryOf(i: number): string {
  let n = i;
  for (const [code, weight] of countryWeights) {
    if (n < weight) return code;
    n -= weight;
  }
  return "VN";
}

/** Runs `step` and returns how long it took, in seconds. */
async function timed(step: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await step();
  return (performance.now() - started) / 1000;
}

/**
 * Generated persons and cases with the demo generator, in chunks (each its own seed, numbers
 * continuing), for progress lines on long loads.
 */
async function loadRegion(
  db: Db,
  scale: CasesScale,
  large: CaseTarget,
  others: CaseTarget[],
  say: (line: string) => void,
): Promise<Omit<LoadTimes, "consents" | "selectors" | "selectorsSeconds" | "vacuumSeconds">> {
  const today = new Date().toISOString().slice(0, 10);
  const allOrgs = [large.organisationId, ...others.map((t) => t.organisationId)];
  const without = scale.persons - scale.cases;
  const personsSeconds = await timed(async () => {
    for (let done = 0, k = 0; done < without; done += chunk, k++) {
      const n = Math.min(chunk, without - done);
      await insertGeneratedPersons(db, allOrgs, n, { seed: 4000 + k, today, batchSize });
      say(`  persons without a case: ${done + n}/${without}`);
    }
  });
  const largeCount = Math.round(scale.cases * largeShare);
  const casesSeconds = await timed(async () => {
    let number = 1;
    const parts: [CaseTarget[], number][] = [
      [[large], largeCount],
      [others, scale.cases - largeCount],
    ];
    for (const [targets, count] of parts) {
      for (let done = 0, k = 0; done < count; done += chunk, k++) {
        const n = Math.min(chunk, count - done);
        await insertGeneratedCases(db, targets, n, {
          seed: (targets.length === 1 ? 1000 : 2000) + k,
          today,
          batchSize,
          firstNumber: number,
        });
        number += n;
        say(`  cases with their persons: ${number - 1}/${scale.cases}`);
      }
    }
  });
  return { personsWithoutCase: without, personsSeconds, cases: scale.cases, casesSeconds };
}

/**
 * Seeds a node for the case loads: 50 organisations in eight countries, users and providers
 * through the real services as a system actor, then the generated region with the demo
 * generator (bulk inserts, no audit entries: a migration of old records would look alike),
 * consent to share with referrals on the large organisation's open cases, and VACUUM ANALYZE.
 */
export async function prepareCasesNode(o: {
  dataDir: string;
  databaseUrl?: string;
  clients: number;
  scale: CasesScale;
  say: (line: string) => void;
}): Promise<{ node: CasesNode; times: LoadTimes }> {
  if (o.scale.persons < o.scale.cases)
    throw new Error("BENCH_PERSONS counts every person: it must be at least BENCH_CASES");
  const { env, keys } = initNodeDir(o.dataDir, o.databaseUrl);
  const open = await openNodeDatabase(loadConfig(env));
  try {
    const ctx = systemCtx(open);
    const user = async (organisationId: string, role: "supervisor" | "caseworker", n: string) =>
      createUser(ctx, {
        organisationId,
        email: `bench-${role}-${n}@bench.sahabat.example`,
        displayName: `Bench ${role} ${n}`,
        role,
        locale: "en",
        password: benchPassword,
      });
    const targets: CaseTarget[] = [];
    for (let i = 0; i < organisationCount; i++) {
      const countryCode = countryOf(i);
      const org = await createOrganisation(ctx, {
        name:
          i === 0
            ? "Bench provincial social welfare office (large)"
            : `Bench agency ${i + 1} (${countryCode})`,
        agencyType:
          i === 0 ? "social_welfare" : (agencyTypes[i % agencyTypes.length] as AgencyType),
        countryCode,
        province: `Province ${i + 1}`,
      });
      // Two caseworkers in every organisation; the large one has more, below.
      const assigneeIds = [(await user(org.id, "caseworker", `${i + 1}-1`)).id];
      assigneeIds.push((await user(org.id, "caseworker", `${i + 1}-2`)).id);
      targets.push({ organisationId: org.id, countryCode, assigneeIds });
    }
    const [large, ...others] = targets as [CaseTarget, ...CaseTarget[]];
    const supervisors: CasesNode["supervisors"] = [];
    for (let i = 0; i < Math.max(clientsAtLeast, o.clients); i++) {
      const s = await user(large.organisationId, "supervisor", String(i + 1));
      const totpSecret = await enrolTotp(open.db, keys.dataKey, s.id);
      supervisors.push({ id: s.id, email: s.email, totpSecret });
      // The supervisors carry cases too, as do 14 more caseworkers.
      large.assigneeIds.push(s.id);
    }
    for (let i = 3; i <= 16; i++) {
      large.assigneeIds.push((await user(large.organisationId, "caseworker", `1-${i}`)).id);
    }
    // Shelters and services run by three other organisations, in the large one's country
    // and across the border.
    const providers: CasesNode["providers"] = [];
    const offers = [
      { at: 1, name: "Bench shelter for girls", services: ["MSP03", "MSP04", "MSP09"] },
      { at: 14, name: "Bench recovery centre", services: ["MSP01", "MSP04", "MSP10"] },
      { at: 24, name: "Bench legal aid", services: ["MSP06", "MSP07"] },
    ];
    for (const offer of offers) {
      const owner = targets[offer.at] as CaseTarget;
      const p = await createProvider(ctx, {
        organisationId: owner.organisationId,
        name: offer.name,
        services: offer.services,
        languages: ["vi", "th", "km", "en"],
        countryCode: owner.countryCode,
        province: "Province",
        minAge: 0,
        maxAge: 18,
        sexes: ["female", "male"],
        hotlineNumbers: [],
        bedCapacity: 40,
      });
      providers.push({ id: p.id, services: offer.services });
    }

    o.say(
      `seeded:   ${organisationCount} organisations in ${countryWeights.length} countries, ${targets.length * 2 + supervisors.length + 14} users (${supervisors.length} supervisors with TOTP), ${providers.length} providers`,
    );
    const load = await loadRegion(open.db, o.scale, large, others, o.say);
    const countries = new Map(targets.map((t) => [t.organisationId, t.countryCode]));
    let selectors = 0;
    const selectorsSeconds = await timed(async () => {
      selectors = await insertBenchSelectors(open.db, countries, o.say);
    });
    const consents = await sql<{ n: string }>`
      with added as (
        insert into consents (case_id, scope, given_by, decision, recorded_by, recorded_at)
        select id, 'sharing_with_referrals', 'guardian', 'given', ${supervisors[0]?.id ?? null}, now()
        from cases where organisation_id = ${large.organisationId} and status <> 'closed'
        returning 1
      ) select count(*)::text as n from added`.execute(open.db);
    // A node's tables have long been vacuumed and analysed; a fresh bulk load has not.
    const vacuumSeconds = await timed(() => sql`vacuum analyze`.execute(open.db));
    const largeCount = await open.db
      .selectFrom("cases")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("organisation_id", "=", large.organisationId)
      .executeTakeFirstOrThrow();
    return {
      node: {
        env,
        supervisors,
        largeOrganisationId: large.organisationId,
        largeOrganisationCases: Number(largeCount.n),
        providers,
      },
      times: {
        ...load,
        consents: Number(consents.rows[0]?.n ?? 0),
        selectors,
        selectorsSeconds,
        vacuumSeconds,
      },
    };
  } finally {
    await open.close();
  }
}

/** What the loads draw from: the large organisation's cases and its persons' names. */
export type CasePools = {
  /** Every case of the large organisation (for detail reads). */
  caseIds: string[];
  /** Its cases that are not closed, shuffled (each referred once per provider and service). */
  openCaseIds: string[];
  /** Identifiers on its cases (a shuffled sample), for the selector look-up. */
  selectorIds: string[];
  /** Names of persons with a case there, Vietnamese, Thai and Khmer. */
  names: {
    given_name: string;
    family_name: string | null;
    given_name_latin: string | null;
    family_name_latin: string | null;
    nationality: string | null;
  }[];
};

/** Reads the pools from the node's database (before the server starts: PGlite is one process). */
export async function readPools(node: CasesNode): Promise<CasePools> {
  const open = await openNodeDatabase(loadConfig(node.env));
  try {
    const cases = await open.db
      .selectFrom("cases")
      .select(["id", "status"])
      .where("organisation_id", "=", node.largeOrganisationId)
      .orderBy("id")
      .execute();
    const openCaseIds = cases.filter((c) => c.status !== "closed").map((c) => c.id);
    // A fixed shuffle (Fisher–Yates with a linear congruential generator): open cases of all ages.
    let seed = 12345;
    for (let i = openCaseIds.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [openCaseIds[i], openCaseIds[j]] = [openCaseIds[j] as string, openCaseIds[i] as string];
    }
    const names = await open.db
      .selectFrom("persons as p")
      .innerJoin("cases as c", "c.person_id", "p.id")
      .select([
        "p.given_name",
        "p.family_name",
        "p.given_name_latin",
        "p.family_name_latin",
        "p.nationality",
      ])
      .where("c.organisation_id", "=", node.largeOrganisationId)
      .where("p.nationality", "in", ["VN", "TH", "KH"])
      .orderBy(sql`md5(p.id::text)`)
      .limit(600)
      .execute();
    const selectors = await open.db
      .selectFrom("selectors")
      .select("id")
      .where("organisation_id", "=", node.largeOrganisationId)
      .where("removed_at", "is", null)
      .orderBy(sql`md5(id::text)`)
      .limit(20_000)
      .execute();
    const selectorIds = selectors.map((r) => r.id);
    return { caseIds: cases.map((c) => c.id), openCaseIds, selectorIds, names };
  } finally {
    await open.close();
  }
}
