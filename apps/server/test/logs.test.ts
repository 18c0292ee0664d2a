import { expect, it } from "vitest";
import { anonymous, signInAs } from "./client.ts";
import { makeOrg, makeUser } from "./factories.ts";
import { describeEachDatabase } from "./harness.ts";

describeEachDatabase("logs", (h) => {
  it("carry request ids and routes, never names, e-mails, passwords, query strings or cookies", async () => {
    const org = await makeOrg(h, { name: "Nhà Bình Yên Đồng Tháp" });
    const user = await makeUser(h, {
      org,
      role: "org_admin",
      displayName: "Trần Thị Bích Ngọc",
      email: "bich.ngoc@test.sahabat.example",
    });
    const c = await signInAs(h, user);
    await c.request("POST", "/api/users", {
      organisationId: org.id,
      email: "mai.nguyen@test.sahabat.example",
      displayName: "Nguyễn Thị Mai",
      role: "caseworker",
      locale: "vi",
      password: "mật khẩu đủ dài 2026",
    });
    await c.request("GET", "/api/audit?action=user.create");
    await anonymous(h, "POST", "/api/auth/sign-in", {
      email: "ghost.person@test.sahabat.example",
      password: "wrong-password-here",
    });
    const logs = h.logLines.join("");
    expect(logs).toContain('"route":"/api/users"');
    for (const secret of [
      "Trần Thị Bích Ngọc",
      "Nguyễn Thị Mai",
      "bich.ngoc",
      "mai.nguyen",
      "ghost.person",
      "mật khẩu",
      "wrong-password-here",
      "correct horse",
      "sahabat_session=",
      "action=user.create",
      "Nhà Bình Yên",
    ]) {
      expect(logs, secret).not.toContain(secret);
    }
  });
});
