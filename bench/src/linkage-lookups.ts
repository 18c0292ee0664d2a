import { createRandom } from "../../apps/server/src/demo/names.ts";
import type { CasePools } from "./cases-setup.ts";
import { countAuditEntries, type HttpSettings, warmThenMeasure } from "./http-phase.ts";
import type { LoadResult, LoadSpec, NextRequest } from "./load.ts";
import type { StopWatching } from "./pg-activity.ts";
import { loadRow, type Row } from "./report.ts";

/*
 * The two look-ups of issue 6 (a duplicate check at registration, a selector look-up), each run
 * twice: with the suite's 16 connections (throughput; on 2 cores its p95 is mostly queueing) and
 * then with one connection, which is what the targets describe: one person checked, one
 * identifier looked up. Every answer's body is read to count what the server must have audited
 * (one `person.read` per candidate shown, one `selector.correlate` per look-up that links).
 */

/** Target from issue 6: one new person checked against every person the user may see. */
export const duplicateCheckTargetMs = 50;

/** Target from issue 6: who in the user's reach holds an identifier. */
export const selectorLookupTargetMs = 10;

/** The purpose the server records on each candidate a duplicate check shows. */
const duplicateCheckPurpose = "duplicate check at registration";

/**
 * A registration form's person as the duplicate check receives it: a known child's name, typed
 * in its own script or romanised only (in turn), with a date of birth in the children's range.
 */
function duplicateCheckBody(names: CasePools["names"], seed: number) {
  const random = createRandom(seed);
  return (): NextRequest => {
    const n = names[Math.floor(random() * names.length)] as CasePools["names"][number];
    const romanisedOnly = random() < 0.5 && n.given_name_latin !== null;
    const year = 2008 + Math.floor(random() * 16);
    const family = romanisedOnly ? n.family_name_latin : n.family_name;
    const body = {
      givenName: romanisedOnly ? (n.given_name_latin as string) : n.given_name,
      ...(family ? { familyName: family } : {}),
      sex: random() < 0.78 ? "female" : "male",
      dateOfBirth: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      ...(n.nationality ? { nationality: n.nationality } : {}),
    };
    return { path: "/api/persons/duplicate-check", body };
  };
}

/** What the 2xx answers of a load promised the audit trail: entries expected, at most per request. */
type Tally = {
  expected: number;
  perRequest: number;
  onResponse(status: number, body: string): void;
};

function tally(perRequest: number, entriesOf: (body: unknown) => number): Tally {
  const t: Tally = {
    expected: 0,
    perRequest,
    onResponse(status, body) {
      if (status >= 200 && status < 300) t.expected += entriesOf(JSON.parse(body));
    },
  };
  return t;
}

type Base = Omit<LoadSpec, "seconds" | "method" | "next" | "onResponse">;
type Runs = Record<string, { warm: LoadResult; measured: LoadResult }>;

/** The audit counts before the loads: read with the server stopped (PGlite is one process). */
export async function countLookupAudits(env: Record<string, string>) {
  return {
    candidates: await countAuditEntries(env, "person.read", duplicateCheckPurpose),
    correlations: await countAuditEntries(env, "selector.correlate"),
  };
}

/**
 * Runs both look-ups with `base.connections`, then with one connection. Returns the runs and a
 * check to call once the server has stopped.
 */
export async function runLinkageLookups(
  base: Base,
  pools: CasePools,
  s: HttpSettings,
  watch?: () => Promise<StopWatching>,
) {
  const pick = (() => {
    const random = createRandom(78);
    return () => pools.selectorIds[Math.floor(random() * pools.selectorIds.length)] as string;
  })();
  // The server shows at most 5 candidates; a look-up that links is one entry.
  const candidates = tally(5, (b) => (b as { candidates: unknown[] }).candidates.length);
  const correlations = tally(1, (b) => ((b as { correlated: boolean }).correlated ? 1 : 0));
  const duplicates = (connections: number, seed: number): Omit<LoadSpec, "seconds"> => ({
    ...base,
    connections,
    method: "POST",
    next: duplicateCheckBody(pools.names, seed),
    onResponse: candidates.onResponse,
  });
  const selectors = (connections: number): Omit<LoadSpec, "seconds"> => ({
    ...base,
    connections,
    method: "GET",
    next: () => ({ path: `/api/selectors/${pick()}/correlation` }),
    onResponse: correlations.onResponse,
  });
  const many = base.connections;
  const runs: Runs = {};
  const label = (load: string, n: number) => `${load}, ${n} connection${n === 1 ? "" : "s"}`;
  runs.duplicates = await warmThenMeasure(
    label("duplicate check", many),
    duplicates(many, 606),
    s,
    watch,
  );
  runs.selectors = await warmThenMeasure(
    label("selector look-up", many),
    selectors(many),
    s,
    watch,
  );
  runs.duplicatesSingle = await warmThenMeasure(
    label("duplicate check", 1),
    duplicates(1, 607),
    s,
    watch,
  );
  runs.selectorsSingle = await warmThenMeasure(
    label("selector look-up", 1),
    selectors(1),
    s,
    watch,
  );
  // Requests in flight when a run stops are finished by the server but not counted here.
  const inFlight = 2 * (many + 1);
  return {
    rows: (engine: string, hasTargets: boolean): Row[] => {
      const row = (name: string, k: string, target: number | null) =>
        loadRow(name, engine, runs[k]?.measured as LoadResult, hasTargets ? target : null);
      const dc = "duplicate check: POST /api/persons/duplicate-check (one person against all)";
      const sl = "selector look-up: GET /api/selectors/:id/correlation + audit";
      return [
        row(`${dc}, ${many} connections (throughput)`, "duplicates", null),
        row(`${dc}, 1 connection`, "duplicatesSingle", duplicateCheckTargetMs),
        row(`${sl}, ${many} connections (throughput)`, "selectors", null),
        row(`${sl}, 1 connection`, "selectorsSingle", selectorLookupTargetMs),
      ];
    },
    /** Throws unless the audit trail grew by what the answers showed (server stopped). */
    async checkAudited(
      env: Record<string, string>,
      before: { candidates: number; correlations: number },
    ) {
      const after = await countLookupAudits(env);
      checkTally(
        "candidates shown",
        "person.read",
        after.candidates - before.candidates,
        candidates,
        inFlight,
      );
      checkTally(
        "linked look-ups",
        "selector.correlate",
        after.correlations - before.correlations,
        correlations,
        inFlight,
      );
    },
  };
}

function checkTally(label: string, action: string, added: number, t: Tally, inFlight: number) {
  const most = t.expected + inFlight * t.perRequest;
  const isConsistent = added >= t.expected && added <= most;
  process.stdout.write(
    `  audit check: ${t.expected} ${label} in 2xx answers, ${added} new ${action} entries (at most ${most - t.expected} more from requests in flight at the stops)${isConsistent ? "" : "  <-- MISMATCH"}\n`,
  );
  if (!isConsistent)
    throw new Error(
      `${label}: the answers showed ${t.expected} but ${added} ${action} entries appeared`,
    );
}
