import { civilFromDays } from "./dates.ts";
import type { Random } from "./random.ts";
import type { Group } from "./types.ts";

/*
 * Phone and document numbers in each country's local habits. A phone is kept as its national
 * significant number and written out per record in one of the forms people use (with or without
 * the trunk 0, spaces, dashes, the country code), so the same phone appears differently across a
 * person's records, as it does in real files. Numbers are random, not checked against numbering
 * plans beyond the leading digits.
 */

interface PhonePlan {
  /** Leading digits of mobile numbers. */
  prefixes: readonly string[];
  /** Length of the national significant number. */
  length: number;
  /** Templates: # takes the next digit of the national significant number. */
  formats: readonly string[];
}

const phonePlans: Record<Group, PhonePlan> = {
  vietnamese: {
    prefixes: ["90", "91", "98", "97", "38", "35", "77", "86"],
    length: 9,
    formats: ["0#########", "0### ### ###", "0##-###-####", "+84 ### ### ###", "84#########"],
  },
  thai: {
    prefixes: ["81", "89", "86", "62", "95", "98"],
    length: 9,
    formats: ["0#########", "0##-###-####", "0## ### ####", "+66 ## ### ####", "+66#########"],
  },
  khmer: {
    prefixes: ["12", "17", "77", "89", "96", "10", "15"],
    length: 8,
    formats: ["0########", "0## ### ###", "0##-###-###", "+855 ## ### ###", "855########"],
  },
  lao: {
    prefixes: ["205", "207", "209", "202"],
    length: 10,
    formats: ["0##########", "0## #### ####", "+856 ## #### ####", "856##########"],
  },
  burmese: {
    prefixes: ["942", "945", "979", "925", "996"],
    length: 10,
    formats: [
      "0##########",
      "0# ### ### ###",
      "0#-###-######",
      "+95 # ### ### ###",
      "95##########",
    ],
  },
  indonesian: {
    prefixes: ["812", "813", "821", "852", "878", "857"],
    length: 10,
    formats: [
      "0##########",
      "0###-####-####",
      "0### #### ####",
      "+62 ###-####-####",
      "62##########",
    ],
  },
  malay: {
    prefixes: ["12", "13", "16", "17", "19", "11"],
    length: 9,
    formats: ["0#########", "0##-### ####", "0##-#######", "+60 ##-### ####", "60#########"],
  },
  filipino: {
    prefixes: ["917", "918", "927", "939", "995", "906"],
    length: 10,
    formats: ["0##########", "0### ### ####", "0###-###-####", "+63 ### ### ####", "63##########"],
  },
};

/** A fresh national significant number for a group's country. */
export function drawPhone(rng: Random, group: Group): string {
  const plan = phonePlans[group];
  let digits = rng.pick(plan.prefixes);
  while (digits.length < plan.length) digits += String(rng.int(10));
  return digits;
}

/** The phone written as one agency would. */
export function formatPhone(rng: Random, group: Group, nsn: string): string {
  return fill(rng.pick(phonePlans[group].formats), nsn);
}

function fill(template: string, digits: string): string {
  let out = "";
  let next = 0;
  for (const ch of template) out += ch === "#" ? (digits[next++] ?? "") : ch;
  return out;
}

function randomDigits(rng: Random, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += String(rng.int(10));
  return out;
}

/** Thai national ID check digit (mod 11 over the first twelve digits). */
function thaiCheckDigit(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (13 - i);
  return String((11 - (sum % 11)) % 10);
}

/** A document number of the country's commonest identity document. */
export function drawDocument(rng: Random, group: Group, birth: number): string {
  switch (group) {
    case "vietnamese":
      return `0${randomDigits(rng, 11)}`; // citizen identity card, 12 digits
    case "thai": {
      const twelve = `${rng.between(1, 8)}${randomDigits(rng, 11)}`;
      return twelve + thaiCheckDigit(twelve);
    }
    case "khmer":
      return `0${randomDigits(rng, 8)}`;
    case "lao":
      return `P${randomDigits(rng, 7)}`; // passport: refugees and returnees rarely hold the ID card
    case "burmese":
      return `${rng.between(1, 14)}/${rng.pick(["MaYaKa", "YaKaNa", "TaMaNa", "KaMaYa"])}(N)${randomDigits(rng, 6)}`;
    case "indonesian":
      return `${rng.between(11, 94)}${randomDigits(rng, 14)}`; // NIK, 16 digits
    case "malay": {
      const [y, m, d] = civilFromDays(birth); // MyKad begins with the date of birth
      return `${String(y % 100).padStart(2, "0")}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${rng.pick(["14", "10", "01", "08"])}${randomDigits(rng, 4)}`;
    }
    case "filipino":
      return randomDigits(rng, 12); // PhilSys number
  }
}

/** The document as written on one record: Thai and Malay numbers often carry dashes. */
export function formatDocument(rng: Random, group: Group, document: string): string {
  if (group === "thai" && rng.chance(0.4)) return fill("#-####-#####-##-#", document);
  if (group === "malay" && rng.chance(0.5)) return fill("######-##-####", document);
  if (group === "filipino" && rng.chance(0.5)) return fill("####-####-####", document);
  return document;
}
