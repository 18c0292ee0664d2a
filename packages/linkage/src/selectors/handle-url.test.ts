import { describe, expect, it } from "vitest";
import { canonicaliseSelector } from "./canonicalise.ts";

const key = (kind: "handle" | "url", value: string, platform?: string) =>
  canonicaliseSelector(kind, value, platform ? { platform } : {}).correlationKey;

// Each row: spellings of one account, as a caseworker might copy them, and the key they share.
const sameAccount: Array<[platform: string, spellings: string[], expected: string]> = [
  [
    "facebook",
    [
      "https://www.facebook.com/Somchai.Jaidee99",
      "facebook.com/somchaijaidee99/",
      "https://m.facebook.com/somchai.jaidee99?mibextid=ZbWKwL",
      "fb.com/SomchaiJaidee99",
      "m.me/somchai.jaidee99",
      "facebook: somchai.jaidee99",
    ],
    "handle:facebook:somchaijaidee99",
  ],
  [
    "facebook id",
    [
      "https://www.facebook.com/profile.php?id=100012345678",
      "https://m.facebook.com/profile.php?id=100012345678&ref=content_filter",
      "https://www.facebook.com/people/Somchai-Jaidee/100012345678/",
      "https://www.facebook.com/p/Somchai-Jaidee-100012345678/",
    ],
    "handle:facebook:100012345678",
  ],
  [
    "telegram",
    [
      "https://t.me/Recruit_Job_BKK",
      "telegram.me/recruit_job_bkk",
      "t.me/s/recruit_job_bkk",
      "https://t.me/recruit_job_bkk/1532",
      "tg://resolve?domain=Recruit_Job_BKK",
      "telegram:@RECRUIT_JOB_BKK",
    ],
    "handle:telegram:recruit_job_bkk",
  ],
  [
    "line",
    ["https://line.me/ti/p/~nong.mai88", "line.me/R/ti/p/~Nong.Mai88", "line: ~nong.mai88"],
    "handle:line:nong.mai88",
  ],
  [
    "line official",
    ["https://line.me/R/ti/p/@jobthai99", "https://page.line.me/jobthai99", "line:@JobThai99"],
    "handle:line:@jobthai99",
  ],
  [
    "tiktok",
    [
      "https://www.tiktok.com/@work.abroad.vn",
      "tiktok.com/@Work.Abroad.VN/video/7234567890123456789?is_from_webapp=1",
      "tiktok:@work.abroad.vn",
    ],
    "handle:tiktok:work.abroad.vn",
  ],
  [
    "instagram",
    [
      "https://www.instagram.com/model_casting_kl/",
      "instagram.com/Model_Casting_KL?igsh=MTc4",
      "https://www.instagram.com/stories/model_casting_kl/3141592653/",
      "instagram: @model_casting_kl",
    ],
    "handle:instagram:model_casting_kl",
  ],
  [
    "x",
    [
      "https://twitter.com/JobsAbroad_MM",
      "x.com/jobsabroad_mm/status/1789",
      "mobile.twitter.com/JobsAbroad_MM",
      "https://twitter.com/intent/user?screen_name=jobsabroad_mm",
      "twitter: @JobsAbroad_MM",
    ],
    "handle:x:jobsabroad_mm",
  ],
  ["wechat", ["wechat:Zhang_Wei_88", "weixin: zhang_wei_88"], "handle:wechat:zhang_wei_88"],
];

describe("handles and URLs", () => {
  it.each(sameAccount)("%s: every spelling gives one key", (_name, spellings, expected) => {
    for (const spelling of spellings) {
      expect({ spelling, key: key("handle", spelling) }).toEqual({ spelling, key: expected });
    }
  });

  it("a bare handle takes its platform from the options", () => {
    expect(key("handle", "@Recruit_Job_BKK", "Telegram")).toBe("handle:telegram:recruit_job_bkk");
    expect(key("handle", "@jobsabroad_mm", "Twitter")).toBe("handle:x:jobsabroad_mm");
  });

  it("the same name on two platforms does not link", () => {
    expect(key("handle", "@somchai99", "telegram")).not.toBe(
      key("handle", "@somchai99", "instagram"),
    );
  });

  it("a handle without a platform is kept and marked, not correlated", () => {
    expect(canonicaliseSelector("handle", "@somchai99")).toMatchObject({
      valid: false,
      problem: "no_platform",
      correlationKey: null,
    });
  });

  it.each([
    ["https://wa.me/66812345678", "whatsapp"],
    ["https://api.whatsapp.com/send?phone=66812345678&text=hello", "whatsapp"],
    ["web.whatsapp.com/send?phone=+66812345678", "whatsapp"],
    ["https://t.me/+66812345678", "telegram"],
  ])("%s is the phone +66812345678", (link, platform) => {
    const found = canonicaliseSelector("url", link);
    expect(found).toMatchObject({
      kind: "phone",
      canonical: "+66812345678",
      platform,
      correlationKey: "phone:+66812345678",
    });
  });

  it("Zalo links and numbers are Vietnamese phones unless the caller says otherwise", () => {
    expect(canonicaliseSelector("url", "https://zalo.me/0912345678")).toMatchObject({
      kind: "phone",
      canonical: "+84912345678",
      platform: "zalo",
    });
    expect(canonicaliseSelector("handle", "zalo: 091 234 56 78").canonical).toBe("+84912345678");
    expect(
      canonicaliseSelector("handle", "0812345678", { platform: "whatsapp", defaultCountry: "TH" })
        .canonical,
    ).toBe("+66812345678");
  });

  it("invite and short links stay exact URLs: their codes are case-sensitive", () => {
    const invite = canonicaliseSelector("url", "https://t.me/joinchat/AbCdEfGh123");
    expect(invite).toMatchObject({
      kind: "url",
      canonical: "t.me/+AbCdEfGh123",
      platform: "telegram",
    });
    expect(key("url", "t.me/+AbCdEfGh123")).toBe(invite.correlationKey);
    expect(key("url", "t.me/+abcdefgh123")).not.toBe(invite.correlationKey);
    expect(canonicaliseSelector("url", "https://chat.whatsapp.com/Fq3bXyZ12").canonical).toBe(
      "chat.whatsapp.com/Fq3bXyZ12",
    );
  });

  it("other URLs: host lower-cased without www., trackers and fragment dropped, path case kept", () => {
    const found = canonicaliseSelector(
      "url",
      "HTTPS://WWW.Example.co.th/Jobs/Waitress/?utm_source=fb&b=2&a=1#apply",
    );
    expect(found).toMatchObject({
      kind: "url",
      valid: true,
      canonical: "example.co.th/Jobs/Waitress?a=1&b=2",
    });
    expect(key("url", "http://example.co.th/Jobs/Waitress?b=2&a=1&fbclid=IwAR0")).toBe(
      found.correlationKey,
    );
    expect(key("url", "example.co.th/jobs/waitress?a=1&b=2")).not.toBe(found.correlationKey);
  });

  it("a facebook group is a URL on the canonical host, not a person", () => {
    expect(
      canonicaliseSelector("url", "https://m.facebook.com/groups/thaijobsmalaysia/"),
    ).toMatchObject({
      kind: "url",
      platform: "facebook",
      canonical: "facebook.com/groups/thaijobsmalaysia",
    });
  });

  it("an internationalised domain and its punycode are one host", () => {
    expect(key("url", "http://ตัวอย่าง.ไทย/a")).toBe(key("url", "xn--72c1a1bt4awk9o.xn--o3cw4h/a"));
  });

  it.each([
    "not a url",
    "https://tiktok:@evil.example.com/x",
    "https://",
    "http://localhost/x",
    "ftp://example.com/x",
    "javascript:alert(1)",
    "https://exa mple.com",
  ])("%s is unparseable", (value) => {
    expect(canonicaliseSelector("url", value)).toMatchObject({
      valid: false,
      correlationKey: null,
    });
  });

  it("names the platform forbids are kept and marked", () => {
    expect(canonicaliseSelector("handle", "ab", { platform: "telegram" })).toMatchObject({
      valid: false,
      problem: "unparseable",
    });
    expect(
      canonicaliseSelector("handle", "this_name_is_far_too_long", { platform: "x" }).valid,
    ).toBe(false);
  });
});
