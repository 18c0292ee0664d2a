import { expect, it, vi } from "vitest";
import { signInAs } from "../../test/client.ts";
import { makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";
import { inTransaction } from "../platform/context.ts";
import { chainPendingAudit, recordAudit, verifyAuditChain } from "./index.ts";

/** Entries of one action: how many, and how many are still waiting for the chainer. */
async function entriesOf(h: Harness, action: string) {
  const rows = await h.db
    .selectFrom("audit_entries")
    .select(["seq"])
    .where("action", "=", action)
    .execute();
  return { all: rows.length, unchained: rows.filter((r) => r.seq === null).length };
}

/** An entry written as the system (no request, so no commit kicks the chainer). */
function recordAsSystem(h: Harness, action: string) {
  return inTransaction(h.systemCtx(), (tx) => recordAudit(tx, { action, resourceType: "test" }));
}

describeEachDatabase("audit chainer", (h) => {
  it("chains the entries of requests made at once into one chain that verifies", async () => {
    const admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    const orgs = [await makeOrg(h), await makeOrg(h), await makeOrg(h)];
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        admin.request("PATCH", `/api/organisations/${orgs[i % 3]?.id}`, {
          province: `Province ${i}`,
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    // Each commit kicked the server's chainer; nothing here chains them.
    await vi.waitFor(
      async () =>
        expect(await entriesOf(h, "organisation.update")).toEqual({ all: 24, unchained: 0 }),
      { timeout: 10_000, interval: 50 },
    );
    expect(await verifyAuditChain(h.db, h.secrets.auditKey)).toMatchObject({ ok: true });
  });

  it("links each pending entry once when several chainers run at once", async () => {
    for (let i = 0; i < 30; i++) await recordAsSystem(h, "test.race");
    await Promise.all(
      [1, 2, 3].map(() => chainPendingAudit(h.db, h.secrets.auditKey, h.clock.now())),
    );
    expect(await entriesOf(h, "test.race")).toEqual({ all: 30, unchained: 0 });
    expect(await verifyAuditChain(h.db, h.secrets.auditKey)).toMatchObject({ ok: true });
  });

  it("leaves neither an entry nor a gap in the chain when a transaction rolls back", async () => {
    const before = await verifyAuditChain(h.db, h.secrets.auditKey);
    await expect(
      inTransaction(h.systemCtx(), async (tx) => {
        await recordAudit(tx, { action: "test.rolled_back", resourceType: "test" });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    // Outside inTransaction the entry is inserted at once, and its id is used up by the rollback.
    await expect(
      h.db.transaction().execute(async (db) => {
        await recordAudit(
          { ...h.systemCtx(), db },
          { action: "test.rolled_back", resourceType: "test" },
        );
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    await recordAsSystem(h, "test.after_rollback");
    expect(await entriesOf(h, "test.rolled_back")).toEqual({ all: 0, unchained: 0 });
    const after = await verifyAuditChain(h.db, h.secrets.auditKey);
    expect(before.ok && after).toMatchObject({ ok: true, entries: before.entries + 1 });
    const last = await h.db
      .selectFrom("audit_entries")
      .select("seq")
      .where("action", "=", "test.after_rollback")
      .executeTakeFirstOrThrow();
    expect(Number(last.seq)).toBe(before.entries + 1);
  });

  it("chains an entry that no request kicked within seconds, on the server's timer", async () => {
    await recordAsSystem(h, "test.timer");
    await vi.waitFor(
      async () => expect(await entriesOf(h, "test.timer")).toEqual({ all: 1, unchained: 0 }),
      { timeout: 10_000, interval: 100 },
    );
  });
});
