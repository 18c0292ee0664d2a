import { randomBytes } from "node:crypto";
import type { AgencyType, Role } from "@sahabat/shared";
import { createTotpSecret } from "../src/auth/totp.ts";
import { createOrganisation } from "../src/organisations/index.ts";
import { seal } from "../src/platform/seal.ts";
import { createUser } from "../src/users/index.ts";
import type { Harness } from "./harness.ts";

/** Fictional organisation names in several scripts. */
const orgNames = [
  "Phòng Lao động – Thương binh và Xã hội Đồng Tháp",
  "ศูนย์คุ้มครองเด็ก นครพนม",
  "មជ្ឈមណ្ឌលសុវត្ថិភាពកុមារ បាត់ដំបង",
  "ဘေးကင်းရာ ကလေးစောင့်ရှောက်ရေး မော်လမြိုင်",
  "Rumah Aman Anak Batam",
  "Bahay Kanlungan ng Kabataan Cebu",
];
/** Fictional people, some with one name only. */
const staffNames = [
  "Nguyễn Thị Lan",
  "สมชาย",
  "Sokha Chan",
  "Aung Aung",
  "Siti Nurhaliza",
  "Maria dela Cruz",
];

let counter = 0;
const pick = <T>(list: T[]): T => list[counter++ % list.length] as T;

/** The password every factory user has. */
export const testPassword = "correct horse battery staple";

/** An organisation with overrides. */
export async function makeOrg(
  h: Harness,
  o: Partial<{ name: string; agencyType: AgencyType; countryCode: string; province: string }> = {},
) {
  return createOrganisation(h.systemCtx(), {
    name: `${pick(orgNames)} ${randomBytes(3).toString("hex")}`,
    agencyType: "social_welfare",
    countryCode: "VN",
    ...o,
  });
}

export type TestUser = Awaited<ReturnType<typeof createUser>> & {
  password: string;
  totpSecret: string | null;
};

/** A user (creating their organisation when none is given), enrolled in TOTP unless told not to. */
export async function makeUser(
  h: Harness,
  o: Partial<{
    role: Role;
    org: { id: string };
    email: string;
    displayName: string;
    enrolled: boolean;
  }> = {},
): Promise<TestUser> {
  const org = o.org ?? (await makeOrg(h));
  const user = await createUser(h.systemCtx(), {
    organisationId: org.id,
    email: o.email ?? `u${randomBytes(5).toString("hex")}@test.sahabat.example`,
    displayName: o.displayName ?? pick(staffNames),
    role: o.role ?? "caseworker",
    locale: "en",
    password: testPassword,
  });
  let totpSecret: string | null = null;
  if (o.enrolled ?? true) {
    totpSecret = createTotpSecret();
    await h.db
      .updateTable("users")
      .set({
        totp_secret_sealed: seal(h.secrets.dataKey, totpSecret),
        totp_enabled_at: h.clock.now(),
      })
      .where("id", "=", user.id)
      .execute();
  }
  return { ...user, password: testPassword, totpSecret };
}

/** A registration body for a fictional 15-year-old girl (name in Vietnamese with diacritics, estimated age). */
export function caseBody(
  overrides: Record<string, unknown> = {},
  person: Record<string, unknown> = {},
) {
  return {
    person: {
      givenName: "Thị Hoa",
      familyName: "Nguyễn",
      givenNameLatin: "Thi Hoa",
      familyNameLatin: "Nguyen",
      nameOrder: "family_first",
      sex: "female",
      estimatedAgeYears: 15,
      ageBasis: "assessed",
      nationalityStatus: "known",
      nationality: "VN",
      languages: ["vi"],
      contacts: [
        {
          relation: "guardian",
          name: "Nguyễn Văn Bình",
          phone: "+84901234567",
          isLegalGuardian: true,
        },
      ],
      ...person,
    },
    registeredOn: "2026-11-20",
    referralSource: "police",
    foundCountry: "VN",
    foundProvince: "An Giang",
    foundPlace: "karaoke bar",
    exploitationTypes: ["sexual_exploitation"],
    recruitmentMethods: ["ThroughOnlineSocialNetworks"],
    recruiterRelation: "Acquainted",
    recruitmentPlatforms: ["Facebook"],
    origin: { country: "VN", province: "Đồng Tháp" },
    destination: { country: "KH", province: "Phnom Penh" },
    borderCrossing: "irregular",
    riskLevel: "high",
    riskReason: "Recruiter knows where she lives",
    ...overrides,
  };
}
