import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../../test/harness.ts";
import { compileOnce } from "./compile-once.ts";

// A prepared statement names a table whose columns a migration may change while the server runs.
describe("prepared statements after a change of their table [postgres]", () => {
  let open: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    open = await openTestDatabase("postgres");
    await sql`create table prepared_probe (id int primary key)`.execute(open.db);
    await sql`insert into prepared_probe values (1)`.execute(open.db);
  });
  afterAll(async () => open?.close());

  // The probe table is not in the schema's types: the test's own table, built untyped.
  const probe = compileOnce(
    ["id"],
    (db, p: { id: number }) =>
      (db as unknown as Kysely<Record<string, { id: number }>>)
        .selectFrom("prepared_probe")
        .selectAll()
        .where("id", "=", p.id),
    { prepare: true },
  );

  it("fails on the connection that prepared it once, then that connection is replaced", async () => {
    const pids = new Set<number>();
    const onOneConnection = () =>
      open.db.connection().execute(async (db) => {
        const [{ pid }] = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db))
          .rows as [{ pid: number }];
        pids.add(pid);
        return probe(db, { id: 1 });
      });
    expect(await onOneConnection()).toEqual([{ id: 1 }]);
    await sql`alter table prepared_probe add column extra int`.execute(open.db);
    // The pool hands back the connection just released (most recent first): it still holds the
    // statement prepared for one column.
    await expect(onOneConnection()).rejects.toMatchObject({ code: "0A000" });
    const rows = await onOneConnection();
    expect(rows).toEqual([{ id: 1, extra: null }]);
    // The third call ran on a new connection: the stale one was closed, not reused.
    expect(pids.size).toBeGreaterThanOrEqual(2);
  });
});
