import { randomBytes } from "node:crypto";
import type { Role } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { createTotpSecret } from "../auth/index.ts";
import { createProvider, updateAvailability } from "../directory/index.ts";
import { createOrganisation } from "../organisations/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import type { AppDeps } from "../platform/deps.ts";
import { seal } from "../platform/seal.ts";
import { createUser } from "../users/index.ts";
import { insertGeneratedCases } from "./generator.ts";
import { demoOrganisations, demoProviders } from "./region.ts";

/** A demo account as printed at first start. */
export type DemoAccount = {
  email: string;
  password: string;
  role: Role;
  totpSecret: string | null;
};

const accounts: {
  org: string;
  email: string;
  name: string;
  role: Role;
  locale: "en" | "vi" | "th";
  enrolled: boolean;
}[] = [
  {
    org: "node",
    email: "admin@demo.sahabat.example",
    name: "Trần Minh Quân",
    role: "node_admin",
    locale: "en",
    enrolled: true,
  },
  {
    org: "welfare",
    email: "supervisor@demo.sahabat.example",
    name: "Nguyễn Thị Hạnh",
    role: "supervisor",
    locale: "vi",
    enrolled: true,
  },
  {
    org: "welfare",
    email: "caseworker@demo.sahabat.example",
    name: "Lê Thu Trang",
    role: "caseworker",
    locale: "vi",
    enrolled: true,
  },
  {
    org: "police",
    email: "investigator@demo.sahabat.example",
    name: "Phạm Đức Long",
    role: "investigator",
    locale: "en",
    enrolled: true,
  },
  {
    org: "shelter",
    email: "shelter@demo.sahabat.example",
    name: "สมศรี ใจดี",
    role: "caseworker",
    locale: "th",
    enrolled: false,
  },
  {
    org: "node",
    email: "analyst@demo.sahabat.example",
    name: "Siti Rahmawati",
    role: "analyst",
    locale: "en",
    enrolled: false,
  },
];

/**
 * Seeds fictional demo organisations and users. With `onlyIfEmpty`, does nothing when the node
 * already has organisations. Returns the accounts (with their generated passwords) or null.
 */
export async function seedDemo(
  deps: AppDeps,
  options: { onlyIfEmpty: boolean; caseCount?: number },
): Promise<DemoAccount[] | null> {
  const ctx: Ctx = {
    actor: { kind: "system", label: "seed-demo" },
    db: deps.db,
    clock: deps.clock,
    secrets: deps.secrets,
    requestId: null,
    clientAddress: null,
  };
  if (options.onlyIfEmpty) {
    const any = await deps.db.selectFrom("organisations").select("id").limit(1).executeTakeFirst();
    if (any) return null;
  }
  const orgIds = new Map<string, string>();
  for (const o of demoOrganisations) {
    const { key, ...input } = o;
    orgIds.set(key, (await createOrganisation(ctx, input)).id);
  }
  const result: (DemoAccount & { id: string; org: string })[] = [];
  for (const a of accounts) {
    const password = `demo-${randomBytes(9).toString("base64url")}`;
    const user = await createUser(
      ctx,
      {
        organisationId: orgIds.get(a.org)!,
        email: a.email,
        displayName: a.name,
        role: a.role,
        locale: a.locale,
        password,
      },
      { isDemo: true },
    );
    let totpSecret: string | null = null;
    if (a.enrolled) {
      const secret = createTotpSecret();
      totpSecret = secret;
      await inTransaction(ctx, async (tx) => {
        await tx.db
          .updateTable("users")
          .set({
            totp_secret_sealed: seal(tx.secrets.dataKey, secret),
            totp_enabled_at: tx.clock.now(),
          })
          .where("id", "=", user.id)
          .execute();
        await recordAudit(tx, {
          action: "auth.enrolment_confirm",
          resourceType: "user",
          resourceId: user.id,
          organisationId: user.organisationId,
          details: { demo: true },
        });
      });
    }
    result.push({ email: a.email, password, role: a.role, totpSecret, id: user.id, org: a.org });
  }
  await seedDirectory(ctx, orgIds);
  await seedCases(ctx, orgIds, result, options.caseCount ?? 300);
  return result.map(({ id: _id, org: _org, ...account }) => account);
}

async function seedDirectory(ctx: Ctx, orgIds: Map<string, string>) {
  for (const p of demoProviders) {
    const { org, beds, ...input } = p;
    const provider = await createProvider(ctx, {
      ...input,
      organisationId: org ? orgIds.get(org) : undefined,
      hotlineNumbers: [],
      bedCapacity: beds?.[0],
    });
    if (beds) await updateAvailability(ctx, provider.id, beds[1]);
  }
}

/** A few hundred fictional cases across the demo organisations, most with the demo caseworkers. */
async function seedCases(
  ctx: Ctx,
  orgIds: Map<string, string>,
  accounts: { id: string; org: string; role: Role }[],
  count: number,
) {
  const staffOf = (org: string) =>
    accounts
      .filter((a) => a.org === org && (a.role === "caseworker" || a.role === "supervisor"))
      .map((a) => a.id);
  const targets = demoOrganisations
    .filter((o) => o.key !== "node")
    .map((o) => ({
      organisationId: orgIds.get(o.key)!,
      countryCode: o.countryCode,
      assigneeIds: staffOf(o.key),
    }));
  const welfare = targets.find((t) => t.organisationId === orgIds.get("welfare"))!;
  const today = ctx.clock.now().toISOString().slice(0, 10);
  // Half the cases sit with the demo caseworker's office, so her lists are full.
  await insertGeneratedCases(ctx.db, [welfare], Math.ceil(count / 2), { seed: 2026, today });
  await insertGeneratedCases(ctx.db, targets, Math.floor(count / 2), {
    seed: 2027,
    today,
    firstNumber: 100_000,
  });
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, { action: "demo.seed", resourceType: "case", details: { cases: count } }),
  );
}
