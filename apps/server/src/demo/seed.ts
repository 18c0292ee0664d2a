import { randomBytes } from "node:crypto";
import type { AgencyType, Role } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { createTotpSecret } from "../auth/index.ts";
import { createOrganisation } from "../organisations/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import type { AppDeps } from "../platform/deps.ts";
import { seal } from "../platform/seal.ts";
import { createUser } from "../users/index.ts";

/** A demo account as printed at first start. */
export type DemoAccount = {
  email: string;
  password: string;
  role: Role;
  totpSecret: string | null;
};

// Fictional organisations in several scripts; none of them is a real office.
const organisations: {
  key: string;
  name: string;
  agencyType: AgencyType;
  countryCode: string;
  province: string;
}[] = [
  {
    key: "node",
    name: "Văn phòng Nút quốc gia Sahabat (demo)",
    agencyType: "social_welfare",
    countryCode: "VN",
    province: "Hà Nội",
  },
  {
    key: "welfare",
    name: "Phòng Bảo trợ xã hội tỉnh An Giang (demo)",
    agencyType: "social_welfare",
    countryCode: "VN",
    province: "An Giang",
  },
  {
    key: "police",
    name: "Anti-Trafficking Police Unit, Lào Cai (demo)",
    agencyType: "anti_trafficking_police",
    countryCode: "VN",
    province: "Lào Cai",
  },
  {
    key: "shelter",
    name: "บ้านพักเด็กปลอดภัย เชียงราย (demo)",
    agencyType: "shelter",
    countryCode: "TH",
    province: "เชียงราย",
  },
];

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
  options: { onlyIfEmpty: boolean },
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
  for (const o of organisations) {
    const { key, ...input } = o;
    orgIds.set(key, (await createOrganisation(ctx, input)).id);
  }
  const result: DemoAccount[] = [];
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
    result.push({ email: a.email, password, role: a.role, totpSecret });
  }
  return result;
}
