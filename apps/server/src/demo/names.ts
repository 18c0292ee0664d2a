/*
 * Fictional names in the region's scripts for demo and benchmark data. They are common name
 * parts recombined at random; no combination describes a real person. Each entry carries the
 * native spelling and a Latin spelling as a person might write it (not a letter-by-letter
 * transliteration). See southeast-asian-names.md in the reference pack for the conventions.
 */
export type NameParts = {
  givenName: string;
  familyName?: string;
  givenNameLatin?: string;
  familyNameLatin?: string;
  nameOrder: "given_first" | "family_first";
  nationality: string;
  language: string;
};

type Pair = [native: string, latin: string];

const vietnameseFamily: Pair[] = [
  ["Nguyễn", "Nguyen"],
  ["Trần", "Tran"],
  ["Lê", "Le"],
  ["Phạm", "Pham"],
  ["Hoàng", "Hoang"],
  ["Võ", "Vo"],
  ["Đặng", "Dang"],
  ["Bùi", "Bui"],
  ["Đỗ", "Do"],
  ["Huỳnh", "Huynh"],
];
const vietnameseGivenFemale: Pair[] = [
  ["Thị Hoa", "Thi Hoa"],
  ["Thị Lan", "Thi Lan"],
  ["Ngọc Ánh", "Ngoc Anh"],
  ["Thu Trang", "Thu Trang"],
  ["Mỹ Linh", "My Linh"],
  ["Thị Đào", "Thi Dao"],
  ["Kim Ngân", "Kim Ngan"],
  ["Thanh Hương", "Thanh Huong"],
];
const vietnameseGivenMale: Pair[] = [
  ["Văn Nam", "Van Nam"],
  ["Minh Tuấn", "Minh Tuan"],
  ["Đức Anh", "Duc Anh"],
  ["Quốc Bảo", "Quoc Bao"],
  ["Văn Hùng", "Van Hung"],
];
const thaiGiven: Pair[] = [
  ["สมศรี", "Somsri"],
  ["มาลี", "Malee"],
  ["นภา", "Napha"],
  ["กัญญา", "Kanya"],
  ["สมชาย", "Somchai"],
  ["ประเสริฐ", "Prasert"],
];
const thaiFamily: Pair[] = [
  ["ใจดี", "Jaidee"],
  ["ศรีสุข", "Srisuk"],
  ["บุญมา", "Boonma"],
  ["แสงทอง", "Saengthong"],
  ["วงศ์ไทย", "Wongthai"],
];
const khmerFamily: Pair[] = [
  ["សុខ", "Sok"],
  ["ចាន់", "Chan"],
  ["ហេង", "Heng"],
  ["គឹម", "Kim"],
];
const khmerGiven: Pair[] = [
  ["សុខា", "Sokha"],
  ["ស្រីពៅ", "Srey Pov"],
  ["ដារ៉ា", "Dara"],
  ["ចន្ថា", "Chantha"],
];
const burmese: Pair[] = [
  ["အောင်အောင်", "Aung Aung"],
  ["ခင်မာ", "Khin Ma"],
  ["သီတာ", "Thida"],
  ["နွယ်နွယ်", "Nwe Nwe"],
  ["ဇော်ဝင်း", "Zaw Win"],
];
const laoGiven: Pair[] = [
  ["ນາງ ແສງ", "Seng"],
  ["ບົວ", "Bua"],
  ["ວັນ", "Vanh"],
  ["ຄຳ", "Kham"],
];
const laoFamily: Pair[] = [
  ["ພົມມະຈັນ", "Phommachanh"],
  ["ສີສະຫວັດ", "Sisavath"],
  ["ແກ້ວມະນີ", "Keomany"],
];
const indonesian: string[] = ["Siti", "Wulan", "Dewi", "Ayu", "Sari", "Agus", "Budi", "Rina"];
const filipinoGiven: string[] = ["Maria", "Jasmine", "Angel", "Joy", "Mark", "Rose"];
const filipinoFamily: string[] = ["dela Cruz", "Santos", "Reyes", "de los Santos", "Bautista"];
const malayGiven: string[] = ["Nur Aisyah", "Siti Hajar", "Farah", "Aminah", "Ahmad"];
const malayFather: string[] = ["Ismail", "Hassan", "Abdullah", "Yusof"];

/** A seeded pseudo-random source (mulberry32): the same seed gives the same data. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of a list, chosen with `random`. */
export function pickFrom<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** A fictional name of a girl or boy from one of the region's naming traditions. */
export function generateName(random: () => number, sex: "female" | "male"): NameParts {
  const r = random();
  if (r < 0.4) {
    const [family, familyLatin] = pickFrom(random, vietnameseFamily);
    const [given, givenLatin] = pickFrom(
      random,
      sex === "female" ? vietnameseGivenFemale : vietnameseGivenMale,
    );
    return {
      givenName: given,
      familyName: family,
      givenNameLatin: givenLatin,
      familyNameLatin: familyLatin,
      nameOrder: "family_first",
      nationality: "VN",
      language: "vi",
    };
  }
  if (r < 0.55) {
    const [given, givenLatin] = pickFrom(random, thaiGiven);
    const [family, familyLatin] = pickFrom(random, thaiFamily);
    return {
      givenName: given,
      familyName: family,
      givenNameLatin: givenLatin,
      familyNameLatin: familyLatin,
      nameOrder: "given_first",
      nationality: "TH",
      language: "th",
    };
  }
  if (r < 0.67) {
    const [family, familyLatin] = pickFrom(random, khmerFamily);
    const [given, givenLatin] = pickFrom(random, khmerGiven);
    return {
      givenName: given,
      familyName: family,
      givenNameLatin: givenLatin,
      familyNameLatin: familyLatin,
      nameOrder: "family_first",
      nationality: "KH",
      language: "km",
    };
  }
  if (r < 0.77) {
    // Burmese names have no family name.
    const [given, givenLatin] = pickFrom(random, burmese);
    return {
      givenName: given,
      givenNameLatin: givenLatin,
      nameOrder: "given_first",
      nationality: "MM",
      language: "my",
    };
  }
  if (r < 0.84) {
    const [given, givenLatin] = pickFrom(random, laoGiven);
    const [family, familyLatin] = pickFrom(random, laoFamily);
    return {
      givenName: given,
      familyName: family,
      givenNameLatin: givenLatin,
      familyNameLatin: familyLatin,
      nameOrder: "given_first",
      nationality: "LA",
      language: "lo",
    };
  }
  if (r < 0.91) {
    // Many Indonesians have one name only.
    return {
      givenName: pickFrom(random, indonesian),
      nameOrder: "given_first",
      nationality: "ID",
      language: "id",
    };
  }
  if (r < 0.96) {
    return {
      givenName: pickFrom(random, filipinoGiven),
      familyName: pickFrom(random, filipinoFamily),
      nameOrder: "given_first",
      nationality: "PH",
      language: "fil",
    };
  }
  // Malay: the father's name is a patronymic after bin/binti, not a family name.
  const given = pickFrom(random, malayGiven);
  return {
    givenName: `${given} ${sex === "female" ? "binti" : "bin"} ${pickFrom(random, malayFather)}`,
    nameOrder: "given_first",
    nationality: "MY",
    language: "ms",
  };
}
