import { createRandom, generateName } from "../../apps/server/src/demo/names.ts";
import { caseBody } from "../../apps/server/test/factories.ts";
import type { CasePools, CasesNode } from "./cases-setup.ts";
import type { ExplainedQuery } from "./explain.ts";
import {
  checkAudited,
  countAuditEntries,
  type HttpSettings,
  warmThenMeasure,
} from "./http-phase.ts";
import { countLookupAudits, runLinkageLookups } from "./linkage-lookups.ts";
import type { LoadResult, NextRequest } from "./load.ts";
import { benchPassword } from "./node-setup.ts";
import { watchActivity } from "./pg-activity.ts";
import type { Row } from "./report.ts";
import { loadRow } from "./report.ts";
import { startServer } from "./server.ts";
import { type Session, signIn } from "./sign-in.ts";

/** Target from issue 4, for every case load on the PostgreSQL server. */
export const caseTargetMs = 100;

/** The purpose the detail reads give: it tells their audit entries from the others'. */
const detailPurpose = "bench: case detail";

/** The list filters, in turn: each returns a full page on the generated data. */
const listFilters: Record<string, string>[] = [
  { status: "open", riskLevel: "high" },
  { status: "in_services", exploitationType: "forced_labour" },
  { riskLevel: "high", exploitationType: "online_sexual_exploitation" },
  { status: "assessed", riskLevel: "medium", exploitationType: "sexual_exploitation" },
];
const listQuery = (f: Record<string, string>) => new URLSearchParams(f).toString();

type Names = CasePools["names"];
type SearchKind = { label: string; queries: string[] };

/**
 * Searches as people type them, from the names in the data: Vietnamese with diacritics and
 * without (lower case), Thai in Thai script, Khmer given names in Khmer script. The probe adds
 * the Khmer full name as written (family name first), which is not measured (see BENCHMARKS.md).
 */
function searchKinds(names: Names): { measured: SearchKind[]; probeOnly: SearchKind[] } {
  const of = (nationality: string) => names.filter((n) => n.nationality === nationality);
  const full = (a: string | null, b: string | null) => [a, b].filter(Boolean).join(" ");
  const vn = of("VN");
  const measured = [
    { label: "Vietnamese, diacritics", queries: vn.map((n) => full(n.family_name, n.given_name)) },
    {
      label: "Vietnamese, none, lower case",
      queries: vn.map((n) => full(n.family_name_latin, n.given_name_latin).toLowerCase()),
    },
    { label: "Thai", queries: of("TH").map((n) => full(n.given_name, n.family_name)) },
    { label: "Khmer given name", queries: of("KH").map((n) => n.given_name) },
  ];
  const probeOnly = [
    {
      label: "Khmer full name, family first",
      queries: of("KH").map((n) => full(n.family_name, n.given_name)),
    },
  ];
  for (const k of [...measured, ...probeOnly]) {
    if (k.queries.length === 0) throw new Error(`no ${k.label} names in the sample`);
  }
  return { measured, probeOnly };
}

/** The SQL of each list filter and of the first search of each kind, for EXPLAIN. */
export function explainedQueries(pools: CasePools): ExplainedQuery[] {
  const kinds = searchKinds(pools.names);
  return [
    ...listFilters.map((filter) => ({ label: `list ${listQuery(filter)}`, filter })),
    ...[...kinds.measured, ...kinds.probeOnly].map((k) => ({
      label: `search ${k.label} "${k.queries[0]}"`,
      filter: { nameLike: k.queries[0] as string },
    })),
  ];
}

const searchPath = (q: string) => `/api/cases?q=${encodeURIComponent(q)}`;

/** One search of each kind, timed alone, with its hits: what the measured mix returns. */
async function probeSearches(baseUrl: string, session: Session, kinds: SearchKind[]) {
  for (const kind of kinds) {
    const q = kind.queries[0] as string;
    const started = performance.now();
    const res = await fetch(`${baseUrl}${searchPath(q)}`, {
      headers: { cookie: session.cookie },
    });
    const ms = performance.now() - started;
    const body = (await res.json()) as { cases?: unknown[]; nextCursor?: string | null };
    process.stdout.write(
      `  search probe (${kind.label}): q="${q}" → ${res.status}, ${body.cases?.length ?? 0} on the first page${body.nextCursor ? " and more" : ""}, ${ms.toFixed(0)} ms\n`,
    );
  }
}

/** Registrations like the test factories' caseBody(), each with a generated name. */
function creationBody(seed: number, today: string) {
  const random = createRandom(seed);
  return () => {
    const sex = random() < 0.78 ? "female" : "male";
    const name = generateName(random, sex);
    return caseBody(
      { registeredOn: today },
      {
        givenName: name.givenName,
        familyName: name.familyName,
        givenNameLatin: name.givenNameLatin,
        familyNameLatin: name.familyNameLatin,
        nameOrder: name.nameOrder,
        sex,
        nationality: name.nationality,
        languages: [name.language],
      },
    );
  };
}

/**
 * Referrals of distinct cases: request g refers open case g to one provider's service; only once
 * every open case has been referred for a service does the next provider-service pair begin.
 */
function referralRequests(node: CasesNode, openCaseIds: string[]) {
  const offers = node.providers.flatMap((p) => p.services.map((s) => ({ id: p.id, s })));
  let g = 0;
  return (): NextRequest => {
    const k = g++;
    const caseId = openCaseIds[k % openCaseIds.length] as string;
    const offer = offers[Math.floor(k / openCaseIds.length) % offers.length] as (typeof offers)[0];
    return {
      path: `/api/cases/${caseId}/referrals`,
      body: {
        providerId: offer.id,
        serviceKey: offer.s,
        sharedFields: ["person.names", "person.age", "person.languages", "case.exploitationTypes"],
        reason: "Needs a safe place to stay and counselling in her language",
        legalBasis: "Consent of the guardian; best interests of the child",
      },
    };
  };
}

/**
 * The five loads of issue 4 on a node with a generated region: signed in for real as the large
 * organisation's supervisors (one per client). Afterwards, with the server stopped, it checks
 * that every detail read, registration and referral answered 2xx left its audit entry.
 */
export async function runCasesPhase(
  node: CasesNode,
  pools: CasePools,
  engine: string,
  s: HttpSettings,
  targetMs: number | null,
  databaseUrl?: string,
): Promise<Row[]> {
  const watch = databaseUrl ? () => watchActivity(databaseUrl) : undefined;
  const before = {
    reads: await countAuditEntries(node.env, "person.read", detailPurpose),
    creates: await countAuditEntries(node.env, "case.create"),
    referrals: await countAuditEntries(node.env, "referral.create"),
  };
  const lookupAuditsBefore = await countLookupAudits(node.env);
  const kinds = searchKinds(pools.names);
  const today = new Date().toISOString().slice(0, 10);
  const server = await startServer(node.env);
  const runs: Record<string, { warm: LoadResult; measured: LoadResult }> = {};
  let lookups: Awaited<ReturnType<typeof runLinkageLookups>> | undefined;
  try {
    const sessions: Session[] = [];
    for (const sup of node.supervisors) {
      sessions.push(await signIn(server.baseUrl, { ...sup, password: benchPassword }));
    }
    await probeSearches(server.baseUrl, sessions[0] as Session, [
      ...kinds.measured,
      ...kinds.probeOnly,
    ]);
    const base = { baseUrl: server.baseUrl, sessions, connections: s.connections };
    const detailRandom = createRandom(77);
    const pick = <T>(list: T[]) => list[Math.floor(detailRandom() * list.length)] as T;
    runs.list = await warmThenMeasure(
      "case list",
      {
        ...base,
        method: "GET",
        next: (i, n) => ({
          path: `/api/cases?${listQuery(listFilters[(i + n) % listFilters.length] ?? {})}`,
        }),
      },
      s,
      watch,
    );
    runs.detail = await warmThenMeasure(
      "case detail",
      {
        ...base,
        method: "GET",
        next: () => ({
          path: `/api/cases/${pick(pools.caseIds)}?purpose=${encodeURIComponent(detailPurpose)}`,
        }),
      },
      s,
      watch,
    );
    runs.search = await warmThenMeasure(
      "name search",
      {
        ...base,
        method: "GET",
        next: (i, n) => {
          const kind = kinds.measured[(i + n) % kinds.measured.length] as SearchKind;
          return { path: searchPath(pick(kind.queries)) };
        },
      },
      s,
      watch,
    );
    // Issue 6's duplicate check and selector look-up, with 16 connections and then with one.
    lookups = await runLinkageLookups(base, pools, s, watch);
    const body = creationBody(2026, today);
    runs.create = await warmThenMeasure(
      "case creation",
      { ...base, method: "POST", next: () => ({ path: "/api/cases", body: body() }) },
      s,
      watch,
    );
    const referral = referralRequests(node, pools.openCaseIds);
    runs.referral = await warmThenMeasure(
      "referral creation",
      { ...base, method: "POST", next: referral },
      s,
      watch,
    );
  } finally {
    await server.stop();
  }
  await lookups?.checkAudited(node.env, lookupAuditsBefore);
  const all = (k: string) => [runs[k]?.warm, runs[k]?.measured] as LoadResult[];
  checkAudited({
    label: "detail reads",
    action: "person.read",
    added: (await countAuditEntries(node.env, "person.read", detailPurpose)) - before.reads,
    runs: all("detail"),
    connections: s.connections,
  });
  checkAudited({
    label: "registrations",
    action: "case.create",
    added: (await countAuditEntries(node.env, "case.create")) - before.creates,
    runs: all("create"),
    connections: s.connections,
  });
  checkAudited({
    label: "referrals",
    action: "referral.create",
    added: (await countAuditEntries(node.env, "referral.create")) - before.referrals,
    runs: all("referral"),
    connections: s.connections,
  });
  const row = (name: string, k: string) =>
    loadRow(name, engine, runs[k]?.measured as LoadResult, targetMs);
  return [
    row("case list: GET /api/cases?<filters>", "list"),
    row("case detail: GET /api/cases/:id + audit", "detail"),
    row("name search: GET /api/cases?q=<name>", "search"),
    ...(lookups?.rows(engine, targetMs !== null) ?? []),
    row("case creation: POST /api/cases + audit", "create"),
    row("referral: POST /api/cases/:id/referrals + audit", "referral"),
  ];
}
