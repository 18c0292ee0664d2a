import { describe, expect, it } from "vitest";
import { aliasKey, aliasKeys, loadAliasData } from "./aliases.ts";
import { normaliseName } from "./normalise.ts";

describe("normaliseName: structure", () => {
  it("keeps the original and its script", () => {
    const n = normaliseName({ given: "Somchai", family: "Jaidee", native: "นายสมชาย ใจดี" });
    expect(n.original).toBe("Somchai Jaidee นายสมชาย ใจดี");
    expect(n.script).toBe("Latn");
    expect(n.native).toBe("สมชาย ใจดี");
    expect(n.tokens).toEqual(["chaidi", "jaidee", "somchai"]);
  });

  it("splits a Thai native-only name given-first and a Khmer one family-first", () => {
    const thai = normaliseName({ native: "นางสาวพิสณุ ศรีสุข" });
    expect([thai.given, thai.family, thai.honorifics]).toEqual(["phitsanu", "sisuk", ["nangsao"]]);
    const khmer = normaliseName({ native: "សុខ ចាន់" });
    expect([khmer.given, khmer.family]).toEqual(["chan", "sok"]);
  });

  it("treats a Burmese name as a mononym without family name", () => {
    const n = normaliseName({ native: "ဦးအောင်ကျော်" });
    expect([n.given, n.family, n.mononym, n.honorifics]).toEqual(["aung kyaw", "", true, ["u"]]);
  });

  it("keeps ambiguous Burmese particles in tokensWithParticles only", () => {
    const n = normaliseName({ given: "Maung Maung Win", country: "MM" });
    expect(n.honorifics).toEqual(["maung"]);
    expect(n.tokens).toEqual(["maung", "win"]);
    const ma = normaliseName({ given: "Ma Thida", country: "MM" });
    expect(ma.tokens).toEqual(["thida"]);
    expect(ma.tokensWithParticles).toEqual(["ma", "thida"]);
  });

  it("does not strip Ma from a Vietnamese name", () => {
    expect(normaliseName({ given: "Lan", family: "Ma", country: "VN" }).tokens).toEqual([
      "lan",
      "ma",
    ]);
  });

  it("moves bin/binti into honorifics and the father's name to patronymic", () => {
    for (const parts of [
      { given: "Ahmad bin Ismail", country: "MY" },
      { given: "Ahmad", family: "bin Ismail" },
      { given: "Ahmad bin", family: "Ismail" },
    ]) {
      const n = normaliseName(parts);
      expect([n.given, n.family, n.patronymic, n.honorifics]).toEqual([
        "ahmad",
        "",
        "ismail",
        ["bin"],
      ]);
    }
    expect(normaliseName({ given: "Muthu a/l Raman" }).patronymic).toBe("raman");
  });

  it("joins Filipino particles one way", () => {
    const keys = ["dela Cruz", "De La Cruz", "Delacruz", "de la cruz"].map(
      (family) => normaliseName({ given: "Juan", family }).family,
    );
    expect(new Set(keys)).toEqual(new Set(["delacruz"]));
    expect(normaliseName({ given: "Ana", family: "de los Santos" }).family).toBe("delossantos");
  });

  it("keeps Vietnamese Thị and Văn as name tokens", () => {
    expect(normaliseName({ given: "Nguyễn Văn An", country: "VN" }).tokens).toEqual([
      "an",
      "nguyen",
      "van",
    ]);
  });

  it("expands Mohd and treats a copied mononym as one name", () => {
    expect(normaliseName({ given: "Mohd Ali", country: "MY" }).given).toBe("muhammad ali");
    const suci = normaliseName({ given: "Suci", family: "Suci" });
    expect([suci.family, suci.mononym]).toEqual(["", true]);
  });

  it("takes a Thai child title off a name written against it", () => {
    const name = normaliseName({ native: "เด็กชายกมล อ่อนศรี" });
    expect([name.given, name.honorifics]).toEqual(["kamon", ["dekchai"]]);
  });

  it("takes a Burmese Ma off a name written against it, but not a syllable's first letter", () => {
    const glued = normaliseName({ native: "မလှပြည့်သက်" });
    expect([glued.given, glued.honorifics]).toEqual(["hla pyi thet", ["ma"]]);
    expect(normaliseName({ native: "မင်းထက်" }).given).toBe("min htet");
  });

  it("reads a Malay family field starting with b as the father's name", () => {
    const name = normaliseName({ given: "Md Hafiz", family: "b Safiq", country: "MY" });
    expect([name.family, name.patronymic]).toEqual(["", "safiq"]);
  });

  it("strips suffixes into honorifics", () => {
    const n = normaliseName({ given: "Jose", family: "Rizal Jr." });
    expect([n.family, n.honorifics]).toEqual(["rizal", ["jr"]]);
  });
});

describe("normaliseName: placeholders count as missing", () => {
  it.each([
    [{ given: "Baby" }],
    [{ given: "Eanoi" }],
    [{ given: "Baby Girl" }],
    [{ given: "Unknown" }],
    [{ given: "Bé", country: "VN" }],
    [{ given: "Không rõ" }],
    [{ native: "ทารก" }],
    [{ native: "ด.ญ." }],
    [{ native: "ອີ່ນ້ອຍ" }],
    [{}],
  ])("%j", (parts) => {
    const n = normaliseName(parts);
    expect(n.missing).toBe(true);
    expect(n.native).toBe("");
  });

  it("keeps the real part when only one part is a placeholder", () => {
    const n = normaliseName({ given: "Baby", family: "Nguyen" });
    expect([n.missing, n.given, n.family]).toEqual([false, "", "nguyen"]);
  });

  it("keeps a name in a script it cannot romanise", () => {
    const n = normaliseName({ native: "陈伟明" });
    expect([n.missing, n.native, n.full]).toEqual([false, "陈伟明", ""]);
  });
});

describe("normaliseName: derived keys", () => {
  it("codes tokens with double metaphone and keeps blocking keys", () => {
    const n = normaliseName({ given: "Pitsanu", family: "Srisuk" });
    expect(n.givenPhonetic).toBe("PTSN");
    expect(n.familyPhonetic).toBe("SRSK");
    expect(n.phonetic).toContain("PTSN");
  });

  it("gives romanisation variants one loose key", () => {
    const loose = ["Pitsanu", "Pissanu", "Pisanu", "Phitsanu"].map(
      (g) => normaliseName({ given: g }).loose,
    );
    expect(new Set(loose).size).toBe(1);
    expect(normaliseName({ native: "พิสณุ" }).looseTokens).toEqual(
      normaliseName({ given: "Pisanu" }).looseTokens,
    );
  });

  it("folds the spellings people use beside RTGS and the old Indonesian oe", () => {
    const looseOf = (parts: Parameters<typeof normaliseName>[0]) =>
      normaliseName(parts).looseTokens;
    expect(looseOf({ native: "กมล อ่อนศรี" })).toEqual(looseOf({ given: "Kamon", family: "Onsri" }));
    expect(looseOf({ given: "Pornthip", family: "Wongsawad" })).toEqual(
      looseOf({ native: "พรทิพย์ วงศ์สวัสดิ์" }),
    );
    expect(looseOf({ given: "Woelan" })).toEqual(looseOf({ given: "Wulan" }));
    expect(looseOf({ given: "Mei" })).toEqual(looseOf({ native: "မေ" }));
  });

  it("folds the Indonesian spelling before 1972 and keeps Thai จ apart from ย", () => {
    const looseOf = (given: string) => normaliseName({ given }).looseTokens;
    const sameKey: [string, string][] = [
      ["Djumiati", "Jumiati"],
      ["Soeharto", "Suharto"],
      ["Rachmat", "Rahmat"],
      ["Rakhmat", "Rahmat"],
      ["Tjahjono", "Cahyono"],
      ["Wahju", "Wahyu"],
      ["Moeljani", "Mulyani"],
      ["Sjahrir", "Syahrir"],
      ["Somjit", "Somchit"],
      ["Sujitra", "Suchitra"],
    ];
    for (const [old, current] of sameKey) expect(looseOf(old), old).toEqual(looseOf(current));
    // Thai and Lao write จ as j after a vowel and at the start: not folded into y.
    expect(looseOf("Jintana")).not.toEqual(looseOf("Yintana"));
    expect(looseOf("Sujin")).not.toEqual(looseOf("Suyin"));
    expect(looseOf("Sakchai")).toEqual(looseOf("Sakjai"));
  });

  it("folds a Burmese final t and a final we as people write them", () => {
    const looseOf = (parts: Parameters<typeof normaliseName>[0]) =>
      normaliseName(parts).looseTokens;
    expect(looseOf({ given: "Swe Pwin" })).toEqual(looseOf({ native: "ဆွေပွင့်" }));
    expect(looseOf({ given: "Myin" })).toEqual(looseOf({ given: "Myint" }));
    expect(looseOf({ given: "Nwe" })).toEqual(looseOf({ given: "Nway" }));
    // A final ng stays: Vietnamese Trang and Trần are two names.
    expect(looseOf({ given: "Trang" })).not.toEqual(looseOf({ given: "Tran" }));
  });

  it("compacts spacing variants", () => {
    expect(normaliseName({ given: "Thi Da" }).compact).toBe(
      normaliseName({ given: "Thida" }).compact,
    );
  });

  it("gives nicknames and spelling variants one alias key", () => {
    const a = normaliseName({ given: "Pepe", family: "Santos", country: "PH" });
    const b = normaliseName({ given: "Jose", family: "Santos", country: "PH" });
    expect(a.aliases).toEqual(b.aliases);
    expect(aliasKey("Mohamad", "MY")).toBe("muhammad");
    expect(aliasKey("Mohamad", "PH")).toBe("mohamad");
  });
});

describe("alias data", () => {
  it("can be extended at run time", () => {
    expect(aliasKeys("zzbunny")).toEqual(["zzbunny"]);
    loadAliasData({ groups: [{ lang: "en", names: ["Zzbernadette", "Zzbunny"] }] });
    expect(aliasKeys("zzbunny")).toEqual(["zzbernadette"]);
    expect(aliasKey("ZZBUNNY", "TH")).toBe("zzbernadette");
  });

  it("ignores malformed groups", () => {
    expect(() =>
      loadAliasData({ groups: [{ names: [] }, null as never, { names: "x" as never }] }),
    ).not.toThrow();
  });
});
