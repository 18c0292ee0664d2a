import {
  type CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from "kysely";
import { describe, expect, it } from "vitest";
import { compileOnce } from "./compile-once.ts";
import type { Db } from "./database.ts";

/** A Kysely that sends nothing anywhere: it records each query and answers one row. */
function recordingDb() {
  const sent: CompiledQuery[] = [];
  const connection: DatabaseConnection = {
    executeQuery: async <R>(query: CompiledQuery) => {
      sent.push(query);
      return { rows: [{ answered: true }] as R[] };
    },
    streamQuery: () => {
      throw new Error("not used");
    },
  };
  const db = new Kysely({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => ({
        init: async () => {},
        acquireConnection: async () => connection,
        beginTransaction: async () => {},
        commitTransaction: async () => {},
        rollbackTransaction: async () => {},
        releaseConnection: async () => {},
        destroy: async () => {},
      }),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  }) as unknown as Db;
  return { db, sent };
}

type Values = { caseId: string; providerId: string; at: Date };

const referralsOfCase = (db: Db, v: Values) =>
  db
    .selectFrom("referrals")
    .select("id")
    .where("case_id", "=", v.caseId)
    .where("provider_id", "=", v.providerId)
    .where("status", "in", ["pending", "accepted"])
    .where("created_at", "<", v.at)
    .where((eb) => eb.exists(eb.selectFrom("cases").select("id").where("id", "=", v.caseId)));

describe("compileOnce", () => {
  it("sends the SQL and parameters the builder would, built once for every call", async () => {
    const { db, sent } = recordingDb();
    let builds = 0;
    const run = compileOnce(["caseId", "providerId", "at"], (d, v: Values) => {
      builds++;
      return referralsOfCase(d, v);
    });
    const first = { caseId: "c-1", providerId: "p-1", at: new Date(1000) };
    const second = { caseId: "c-2", providerId: "p-2", at: new Date(2000) };
    expect(await run(db, first)).toEqual([{ answered: true }]);
    await run(db, second);
    expect(builds).toBe(1);
    for (const [i, values] of [first, second].entries()) {
      const expected = referralsOfCase(db, values).compile();
      expect(sent[i]?.sql).toBe(expected.sql);
      // The case id twice, the constant statuses kept in their places, the date as given.
      expect(sent[i]?.parameters).toEqual(expected.parameters);
      expect(sent[i]?.parameters).toContain(values.at);
    }
  });

  it("refuses a builder that does not pass every parameter through to the SQL", async () => {
    const { db, sent } = recordingDb();
    const run = compileOnce(["caseId", "providerId", "at"], (d, v: Values) =>
      d.selectFrom("referrals").select("id").where("case_id", "=", v.caseId),
    );
    await expect(run(db, { caseId: "c", providerId: "p", at: new Date() })).rejects.toThrow(
      /providerId, at did not reach the SQL/,
    );
    expect(sent).toHaveLength(0);
  });

  it("refuses a value whose key was not declared, rather than compile the query without it", async () => {
    const { db, sent } = recordingDb();
    const run = compileOnce(["caseId", "providerId"], (d, v: Values) =>
      d
        .selectFrom("referrals")
        .select("id")
        .where("case_id", "=", v.caseId)
        .where("provider_id", "=", v.providerId),
    );
    await expect(run(db, { caseId: "c", providerId: "p", at: new Date() })).rejects.toThrow(
      /at missing from the parameter keys/,
    );
    expect(sent).toHaveLength(0);
  });
});
