import { expect, it } from "vitest";
import { signInAs } from "../../test/client.ts";
import { makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

describeEachDatabase("organisations", (h) => {
  it("a node admin adds a provincial social-welfare office, audited in the same transaction", async () => {
    const admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    const name = "Sở Lao động – Thương binh và Xã hội tỉnh Đồng Tháp";
    const res = await admin.request("POST", "/api/organisations", {
      name,
      agencyType: "social_welfare",
      countryCode: "VN",
      province: "Đồng Tháp",
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      name,
      agencyType: "social_welfare",
      countryCode: "VN",
      province: "Đồng Tháp",
      can: { update: true, createUser: true },
    });
    const entry = await h.db
      .selectFrom("audit_entries")
      .selectAll()
      .where("resource_id", "=", res.json.id)
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe("organisation.create");
    expect(entry.organisation_id).toBe(res.json.id);
    expect(entry.client_address).toBeTruthy();
    expect(JSON.stringify(entry.details)).not.toContain("Đồng Tháp");
  });

  it("refuses an unknown country naming the field, and writes nothing", async () => {
    const admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    const before = await h.db
      .selectFrom("audit_entries")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const res = await admin.request("POST", "/api/organisations", {
      name: "Nowhere office",
      agencyType: "ngo",
      countryCode: "ZZ",
    });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([
      { field: "countryCode", message: "Unknown country", code: "unknown_country" },
    ]);
    expect(
      await h.db
        .selectFrom("organisations")
        .select("id")
        .where("name", "=", "Nowhere office")
        .execute(),
    ).toEqual([]);
    const after = await h.db
      .selectFrom("audit_entries")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    // The change of an existing organisation refuses it with the same code, and keeps its country.
    const org = await makeOrg(h);
    const patch = await admin.request("PATCH", `/api/organisations/${org.id}`, {
      countryCode: "ZZ",
    });
    expect(patch.status).toBe(422);
    expect(patch.json.errors).toEqual([
      { field: "countryCode", message: "Unknown country", code: "unknown_country" },
    ]);
    const kept = await admin.request("GET", `/api/organisations/${org.id}`);
    expect(kept.json.countryCode).not.toBe("ZZ");
  });

  it("lists only the actor's own organisation for staff, every organisation for node admins", async () => {
    const mine = await makeOrg(h);
    await makeOrg(h);
    const staff = await signInAs(h, await makeUser(h, { org: mine, role: "supervisor" }));
    const list = await staff.request("GET", "/api/organisations");
    expect(list.json.map((o: { id: string }) => o.id)).toEqual([mine.id]);
    const admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    expect((await admin.request("GET", "/api/organisations")).json.length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it("lists the countries with the eleven ASEAN members first", async () => {
    const c = await signInAs(h, await makeUser(h));
    const res = await c.request("GET", "/api/countries");
    const asean = res.json
      .filter((x: { isAsean: boolean }) => x.isAsean)
      .map((x: { code: string }) => x.code);
    expect(asean.sort()).toEqual([
      "BN",
      "ID",
      "KH",
      "LA",
      "MM",
      "MY",
      "PH",
      "SG",
      "TH",
      "TL",
      "VN",
    ]);
    expect(res.json.slice(0, 11).every((x: { isAsean: boolean }) => x.isAsean)).toBe(true);
    expect(res.json.length).toBeGreaterThan(240);
  });

  it("clears a province with null", async () => {
    const admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    const org = await makeOrg(h, { province: "Cà Mau" });
    const res = await admin.request("PATCH", `/api/organisations/${org.id}`, { province: null });
    expect(res.status).toBe(200);
    expect(res.json.province).toBeNull();
  });
});
