import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";
import { createNoticeMailer, jsonOutbox } from "./mailer.ts";
import { sendDueReminders } from "./reminders.ts";
import { verifyNoticeSignature } from "./signature.ts";
import { sendNotice } from "./steps.service.ts";

/*
 * Takedown notices through the API: a hotline drafts a notice, edits it (a new version), sends
 * it by e-mail (nodemailer's JSON transport: nothing leaves the machine) or through a portal,
 * follows it to removal, and sees steps out of order refused with nothing changed. Removal is
 * verified against a loopback HTTP server; metrics are checked on a fixed timeline.
 */

const hour = 3_600_000;
const servedBytes = Buffer.from("benign test content: a picture of a bridge");
const servedSha256 = createHash("sha256").update(servedBytes).digest("hex");

let served: { status: number; body: Buffer } = { status: 200, body: servedBytes };
const server = http.createServer((_req, res) => {
  res.writeHead(served.status, { "content-type": "application/octet-stream" });
  res.end(served.body);
});
let baseUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

function draftBody(
  o: Record<string, unknown> = {},
  reportReceivedAt = new Date("2026-11-02T09:00:00Z"),
) {
  return {
    language: "en",
    platform: "example-host",
    category: "abuse_material",
    issuer: {
      unit: "Online child protection desk",
      contactName: "Duty officer",
      contactEmail: "duty@hotline.test.sahabat.example",
    },
    targets: [
      {
        url: `${baseUrl || "http://127.0.0.1:9"}/item/1`,
        contentId: "post-1001",
        accountId: "acct-77",
        firstSeenAt: "2026-11-01T08:00:00Z",
        lastSeenAt: "2026-11-02T08:00:00Z",
        captureMethod: "hotline_referral",
        fingerprints: [{ type: "sha256", value: servedSha256 }],
      },
    ],
    explanation: "Known material matched on a verified hash list (exact SHA-256).",
    requestedActions: ["remove", "preserve_evidence", "do_not_notify_user"],
    preservationDays: 365,
    redress: "Contest this notice by replying to the response address within 14 days.",
    reportReceivedAt: reportReceivedAt.toISOString(),
    ...o,
  };
}

async function counts(h: Harness, noticeId: string) {
  const events = await h.db
    .selectFrom("takedown_events")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("notice_id", "=", noticeId)
    .executeTakeFirstOrThrow();
  const audit = await h.db
    .selectFrom("audit_entries")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("resource_id", "=", noticeId)
    .executeTakeFirstOrThrow();
  return `${events.n}/${audit.n}`;
}

describeEachDatabase(
  "takedown notices",
  (h) => {
    let officer: Client;
    let otherOfficer: Client;
    let analyst: Client;
    let otherUser: Awaited<ReturnType<typeof makeUser>>;
    let officerUser: Awaited<ReturnType<typeof makeUser>>;
    beforeAll(async () => {
      const org = await makeOrg(h, { agencyType: "hotline", countryCode: "ID" });
      const other = await makeOrg(h, { agencyType: "cyber_crime", countryCode: "ID" });
      officerUser = await makeUser(h, { org, role: "caseworker" });
      officer = await signInAs(h, officerUser);
      otherUser = await makeUser(h, { org: other, role: "investigator" });
      otherOfficer = await signInAs(h, otherUser);
      analyst = await signInAs(h, await makeUser(h, { org, role: "analyst" }));
    });

    it("drafts, edits (a new version) and reads a notice; other agencies see nothing", async () => {
      const created = await officer.request("POST", "/api/takedowns", draftBody());
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({
        status: "draft",
        version: 1,
        cycle: 1,
        recipient: { platform: "example-host", channel: "email", isIllustrative: true },
        // Indonesia's MR5: urgent content within 4 hours (illustrative until verified).
        legalBasis: { countryCode: "ID", deadlineHours: 4, isIllustrative: true },
        can: { edit: true, send: true },
      });
      const id = created.json.id;
      const edited = await officer.request(
        "PUT",
        `/api/takedowns/${id}`,
        draftBody({ category: "recruitment_advert" }),
      );
      expect(edited.status).toBe(200);
      expect(edited.json).toMatchObject({ version: 2, legalBasis: { deadlineHours: 24 } });
      const versions = await h.db
        .selectFrom("takedown_notice_versions")
        .select("version")
        .where("notice_id", "=", id)
        .execute();
      expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
      const detail = await officer.request("GET", `/api/takedowns/${id}`);
      expect(detail.json.events.map((e: { type: string }) => e.type)).toEqual([
        "created",
        "edited",
      ]);
      expect((await otherOfficer.request("GET", `/api/takedowns/${id}`)).status).toBe(404);
      expect((await otherOfficer.request("GET", `/api/takedowns/${id}/notice.json`)).status).toBe(
        404,
      );
      const list = await otherOfficer.request("GET", "/api/takedowns");
      expect(list.json.some((n: { id: string }) => n.id === id)).toBe(false);
      expect((await analyst.request("POST", "/api/takedowns", draftBody())).status).toBe(403);
      expect((await analyst.request("GET", "/api/takedowns")).status).toBe(403);
      expect((await analyst.request("GET", `/api/takedowns/${id}`)).status).toBe(404);
      const audit = await h.db
        .selectFrom("audit_entries")
        .select("action")
        .where("resource_id", "=", id)
        .orderBy("id")
        .execute();
      expect(audit.map((a) => a.action)).toEqual(["takedown.create", "takedown.edit"]);
    });

    it("refuses an excerpt of anything but an advert, an unknown platform, a non-http URL", async () => {
      const withExcerpt = draftBody();
      (withExcerpt.targets[0] as Record<string, unknown>).excerpt = "text";
      const r1 = await officer.request("POST", "/api/takedowns", withExcerpt);
      expect(r1.status).toBe(422);
      expect(r1.json.errors[0]).toMatchObject({
        field: "targets.0.excerpt",
        code: "excerpt_not_allowed",
      });
      const future = draftBody({}, new Date(h.clock.now().getTime() + hour));
      const r0 = await officer.request("POST", "/api/takedowns", future);
      expect(r0.status).toBe(422);
      expect(r0.json.errors[0]).toMatchObject({
        field: "reportReceivedAt",
        code: "date_in_future",
      });
      const r2 = await officer.request("POST", "/api/takedowns", draftBody({ platform: "nope" }));
      expect(r2.status).toBe(422);
      expect(r2.json.errors[0]).toMatchObject({ field: "platform", code: "unknown_platform" });
      const bad = draftBody();
      (bad.targets[0] as Record<string, unknown>).url = "file:///etc/passwd";
      expect((await officer.request("POST", "/api/takedowns", bad)).status).toBe(400);
      const material = draftBody();
      (material.targets[0] as Record<string, unknown>).image = "aGVsbG8=";
      expect((await officer.request("POST", "/api/takedowns", material)).status).toBe(400);
    });

    it("sends by e-mail with the PDF and signed JSON; steps in order, out of order refused", async () => {
      const id = (await officer.request("POST", "/api/takedowns", draftBody())).json.id;
      const sentAt = h.clock.now();
      const sent = await officer.request("POST", `/api/takedowns/${id}/send`, {
        channel: "email",
      });
      expect(sent.status).toBe(200);
      expect(sent.json).toMatchObject({ status: "sent", sentChannel: "email" });
      expect(Date.parse(sent.json.deadlineAt) - sentAt.getTime()).toBe(4 * hour);
      const mail = jsonOutbox.at(-1);
      expect(mail?.to).toBe("abuse@host.example");
      expect(mail?.attachments).toEqual([`takedown-${id}-v1.json`, `takedown-${id}-v1.pdf`]);

      const signed = await officer.request("GET", `/api/takedowns/${id}/notice.json`);
      const key = await officer.request("GET", "/api/takedowns/signing-key");
      expect(signed.json.notice).toMatchObject({ noticeId: id, materialAttached: false });
      expect(verifyNoticeSignature(signed.json, key.json.publicKey)).toBe(true);
      signed.json.notice.targets[0].url = "https://elsewhere.example/";
      expect(verifyNoticeSignature(signed.json, key.json.publicKey)).toBe(false);
      const pdf = await h.app.inject({
        method: "GET",
        url: `/api/takedowns/${id}/notice.pdf`,
        headers: { cookie: officer.cookie },
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers["content-type"]).toBe("application/pdf");
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");

      // Out of order: nothing changes, nothing is audited.
      const before = await counts(h, id);
      const again = await officer.request("POST", `/api/takedowns/${id}/send`, {
        channel: "portal",
        reference: "X-1",
      });
      expect(again.status).toBe(409);
      expect(again.json.type).toBe("https://sahabat.example/problems/conflict");
      expect((await officer.request("PUT", `/api/takedowns/${id}`, draftBody())).status).toBe(409);
      expect((await officer.request("POST", `/api/takedowns/${id}/reupload`, {})).status).toBe(409);
      expect(await counts(h, id)).toBe(before);

      h.clock.advance(2 * hour);
      const ack = await officer.request("POST", `/api/takedowns/${id}/steps`, {
        step: "acknowledged",
      });
      expect(ack.json.status).toBe("acknowledged");
      const ackAgain = await officer.request("POST", `/api/takedowns/${id}/steps`, {
        step: "acknowledged",
      });
      expect(ackAgain.status).toBe(409);
      expect(ackAgain.json.errors[0]).toMatchObject({ field: "step", code: "step_out_of_order" });
      const removed = await officer.request("POST", `/api/takedowns/${id}/steps`, {
        step: "removed",
        note: "Platform confirmed",
      });
      expect(removed.json).toMatchObject({ status: "removed", can: { step: true } });
      const beforeRefuse = await counts(h, id);
      const refused = await officer.request("POST", `/api/takedowns/${id}/steps`, {
        step: "refused",
      });
      expect(refused.status).toBe(409);
      expect(await counts(h, id)).toBe(beforeRefuse);
      const row = await h.db
        .selectFrom("takedown_notices")
        .select(["status", "refused_at"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: "removed", refused_at: null });
      const events = (await officer.request("GET", `/api/takedowns/${id}`)).json.events;
      expect(events.map((e: { type: string }) => e.type)).toEqual([
        "created",
        "sent",
        "acknowledged",
        "removed",
      ]);
      expect(events.every((e: { actorUserId: string | null }) => e.actorUserId)).toBe(true);
    });

    it("a failed e-mail leaves the notice a draft, with nothing recorded", async () => {
      const id = (await officer.request("POST", "/api/takedowns", draftBody())).json.id;
      const before = await counts(h, id);
      const ctx = {
        ...h.systemCtx(),
        actor: {
          kind: "user" as const,
          userId: officerUser.id,
          organisationId: officerUser.organisationId,
          role: "caseworker" as const,
          countryCode: "ID",
        },
      };
      const failing = {
        send: async () => {
          throw new Error("SMTP connection refused");
        },
      };
      await expect(sendNotice(ctx, failing, id, { channel: "email" })).rejects.toThrow("SMTP");
      const row = await h.db
        .selectFrom("takedown_notices")
        .select(["status", "sent_at", "deadline_at"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: "draft", sent_at: null, deadline_at: null });
      expect(await counts(h, id)).toBe(before);
    });

    it("e-mail to a portal-only platform is refused; a portal send records its reference", async () => {
      const id = (
        await officer.request("POST", "/api/takedowns", draftBody({ platform: "example-video" }))
      ).json.id;
      const byMail = await officer.request("POST", `/api/takedowns/${id}/send`, {
        channel: "email",
      });
      expect(byMail.status).toBe(422);
      expect(byMail.json.errors[0].field).toBe("channel");
      const byPortal = await officer.request("POST", `/api/takedowns/${id}/send`, {
        channel: "portal",
        reference: "LE-2026-0042",
      });
      expect(byPortal.json).toMatchObject({
        status: "sent",
        sentChannel: "portal",
        sentReference: "LE-2026-0042",
      });
    });

    it("verifies removal against a loopback server and opens a linked cycle on re-upload", async () => {
      const id = (
        await officer.request("POST", "/api/takedowns", draftBody({ platform: "example-video" }))
      ).json.id;
      await officer.request("POST", `/api/takedowns/${id}/send`, {
        channel: "portal",
        reference: "P-1",
      });
      served = { status: 200, body: servedBytes };
      const up = await officer.request("POST", `/api/takedowns/${id}/checks`);
      expect(up.json.checks).toEqual([
        { url: `${baseUrl}/item/1`, httpStatus: 200, outcome: "still_up" },
      ]);
      expect(up.json.notice.status).toBe("sent");

      served = { status: 404, body: Buffer.from("not found") };
      const gone = await officer.request("POST", `/api/takedowns/${id}/checks`);
      expect(gone.json.checks[0]).toMatchObject({ httpStatus: 404, outcome: "gone" });
      expect(gone.json.notice.status).toBe("removed");

      served = { status: 200, body: servedBytes };
      const back = await officer.request("POST", `/api/takedowns/${id}/checks`);
      expect(back.json.reuploadNoticeId).toEqual(expect.any(String));
      const cycle = await officer.request("GET", `/api/takedowns/${back.json.reuploadNoticeId}`);
      expect(cycle.json).toMatchObject({ status: "draft", cycle: 2, previousNoticeId: id });
      // A draft is not checked: refused before any fetch, nothing recorded.
      const draftCheck = await officer.request("POST", `/api/takedowns/${cycle.json.id}/checks`);
      expect(draftCheck.status).toBe(409);
      expect(draftCheck.json.errors).toEqual([
        { field: "status", message: expect.any(String), code: "notice_not_sent" },
      ]);

      // Only outcomes are kept: no column holds what was fetched.
      const checks = await h.db
        .selectFrom("takedown_checks")
        .selectAll()
        .where("notice_id", "=", id)
        .execute();
      expect(checks.map((c) => c.outcome)).toEqual(["still_up", "gone", "still_up"]);
      expect(JSON.stringify(checks)).not.toContain(servedSha256);
    });

    it("a served page with other bytes counts as changed (removed)", async () => {
      const id = (
        await officer.request("POST", "/api/takedowns", draftBody({ platform: "example-video" }))
      ).json.id;
      await officer.request("POST", `/api/takedowns/${id}/send`, {
        channel: "portal",
        reference: "P-2",
      });
      served = { status: 200, body: Buffer.from("This content is no longer available") };
      const r = await officer.request("POST", `/api/takedowns/${id}/checks`);
      expect(r.json.checks[0].outcome).toBe("changed");
      expect(r.json.notice.status).toBe("removed");
    });

    it("metrics on a fixed timeline, with reminders every 24 h", async () => {
      const org = await makeOrg(h, { agencyType: "hotline", countryCode: "ID" });
      const workerUser = await makeUser(h, { org, role: "investigator" });
      const readerUser = await makeUser(h, { org, role: "analyst" });
      let worker = await signInAs(h, workerUser);
      const t0 = h.clock.now();
      const received = new Date(t0.getTime() - 4 * hour);
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const id = (await worker.request("POST", "/api/takedowns", draftBody({}, received))).json
          .id;
        await worker.request("POST", `/api/takedowns/${id}/send`, { channel: "email" });
        ids.push(id);
      }
      const [a, b, c, d] = ids as [string, string, string, string];
      const step = (id: string, s: string) =>
        worker.request("POST", `/api/takedowns/${id}/steps`, { step: s });
      const at = async (hours: number) => {
        h.clock.advance(t0.getTime() + hours * hour - h.clock.now().getTime());
        worker = await signInAs(h, workerUser);
      };
      const remind = () =>
        sendDueReminders(h.systemCtx(), h.clock.now(), { mailer: null, intervalMs: 24 * hour });
      await at(10);
      await step(a, "removed");
      await at(20);
      await step(a, "police_referred");
      await at(24);
      await remind(); // b, c, d (and any other test's open notices)
      await at(30);
      await step(b, "acknowledged");
      await at(48);
      await remind(); // b, c, d again
      await at(50);
      await step(b, "removed");
      await step(b, "police_referred");
      await at(100);
      await step(c, "refused");
      await at(200);
      expect((await worker.request("POST", `/api/takedowns/${a}/reupload`, {})).status).toBe(201);
      const reader = await signInAs(h, readerUser);
      const from = new Date(t0.getTime() - hour).toISOString();
      const to = new Date(t0.getTime() + hour).toISOString();
      const m = await reader.request(
        "GET",
        `/api/takedowns/metrics?from=${from}&to=${to}&platform=example-host&category=abuse_material`,
      );
      expect(m.status).toBe(200);
      expect(m.json).toMatchObject({
        noticesSent: 4,
        removed: 2,
        refused: 1,
        medianHoursToRemoval: 30,
        p90HoursToRemoval: 50,
        shareRemovedWithin24h: 0.25,
        shareRemovedWithin72h: 0.5,
        shareRemovedWithin7d: 0.5,
        stillUpAfterDays: 7,
        shareStillUpAfterDays: 0.5,
        remindersSent: 6,
        reuploadRate: 0.5,
        nonResponseRate: 0.5,
        medianHoursToPoliceReferral: 39,
      });
      const reminded = await h.db
        .selectFrom("takedown_notices")
        .select(["id", "reminders_sent"])
        .where("id", "in", ids)
        .execute();
      const byId = Object.fromEntries(reminded.map((r) => [r.id, r.reminders_sent]));
      expect([byId[a], byId[b], byId[c], byId[d]]).toEqual([0, 2, 2, 2]);
      const other = await reader.request(
        "GET",
        `/api/takedowns/metrics?from=${from}&to=${to}&platform=example-video`,
      );
      expect(other.json).toMatchObject({ noticesSent: 0, medianHoursToRemoval: null });
      const backwards = await reader.request("GET", `/api/takedowns/metrics?from=${to}&to=${from}`);
      expect(backwards.status).toBe(422);
      // Another agency's metrics do not include these notices.
      const outsider = await signInAs(h, otherUser);
      const outside = await outsider.request("GET", `/api/takedowns/metrics?from=${from}&to=${to}`);
      expect(outside.json.noticesSent).toBe(0);
    });

    it("reminds an e-mailed notice by e-mail once every 24 h, and never a closed one", async () => {
      officer = await signInAs(h, officerUser);
      const id = (await officer.request("POST", "/api/takedowns", draftBody())).json.id;
      await officer.request("POST", `/api/takedowns/${id}/send`, { channel: "email" });
      const mailer = createNoticeMailer(h.config);
      const options = { mailer, intervalMs: 24 * hour };
      h.clock.advance(23 * hour);
      await sendDueReminders(h.systemCtx(), h.clock.now(), options);
      expect(
        jsonOutbox.some((m) => m.subject.startsWith("Reminder") && m.subject.includes(id)),
      ).toBe(false);
      h.clock.advance(hour);
      await sendDueReminders(h.systemCtx(), h.clock.now(), options);
      expect(
        jsonOutbox.filter((m) => m.subject === `Reminder 1: takedown notice SAHABAT-TD-${id}`),
      ).toHaveLength(1);
      await sendDueReminders(h.systemCtx(), h.clock.now(), options);
      const row = await h.db
        .selectFrom("takedown_notices")
        .select("reminders_sent")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(row.reminders_sent).toBe(1);
      const audit = await h.db
        .selectFrom("audit_entries")
        .select("action")
        .where("resource_id", "=", id)
        .where("action", "=", "takedown.remind")
        .execute();
      expect(audit).toHaveLength(1);
      await h.db
        .updateTable("takedown_notices")
        .set({ status: "removed", removed_at: h.clock.now() })
        .where("id", "=", id)
        .execute();
      h.clock.advance(48 * hour);
      await sendDueReminders(h.systemCtx(), h.clock.now(), options);
      const after = await h.db
        .selectFrom("takedown_notices")
        .select("reminders_sent")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(after.reminders_sent).toBe(1);
    });
  },
  {
    TAKEDOWN_SMTP_URL: "json",
    // The timelines below move the clock by days: sessions would end, and a fresh sign-in with
    // a one-time code would move the clock again.
    DEMO_DISABLE_SECOND_FACTOR: "true",
    SESSION_IDLE_MINUTES: "1440",
  },
);
