import { expect, it } from "vitest";
import { signInAs } from "../../test/client.ts";
import { makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

const child = {
  id: "c1",
  age: null,
  ageEstimated: false,
  ageDisputed: false,
  acts: ["recruitment"],
  means: [],
  purposes: ["forced_criminality"],
  unknown: [],
  consented: false,
  exploitationOccurred: true,
  borderCrossed: true,
  profile: "TH",
};

describeEachDatabase("screening by elements", (h) => {
  it("evaluates element objects like the CLI, both determinations side by side, storing nothing", async () => {
    const officer = await signInAs(h, await makeUser(h, { role: "investigator" }));
    const before = await h.db
      .selectFrom("audit_entries")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const res = await officer.request("POST", "/api/screenings/elements", [child]);
    expect(res.status).toBe(200);
    expect(res.json[0]).toMatchObject({
      id: "c1",
      determination: "presumed_victim",
      national: { country: "TH", determination: "no_indication" },
    });
    expect(res.json[0].explanation.map((l: { code: string }) => l.code)).toEqual(
      expect.arrayContaining(["child.age_presumed", "non_punishment", "protection.international"]),
    );
    const after = await h.db
      .selectFrom("audit_entries")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const bad = await officer.request("POST", "/api/screenings/elements", [
      { ...child, purposes: ["tourism"] },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe("0.purposes.0");
    const noProfile = await officer.request("POST", "/api/screenings/elements", [
      { ...child, profile: "ZZ" },
    ]);
    expect(noProfile.json.errors[0]).toMatchObject({ field: "0.profile", code: "unknown_profile" });
  });
});
