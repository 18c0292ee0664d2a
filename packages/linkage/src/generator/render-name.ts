import { addHonorific, addTypo, dropNameParts, swapOrder } from "./name-corruptions.ts";
import type { Random } from "./random.ts";
import { writeFilipino, writeIndonesian, writeMalay } from "./render-island.ts";
import { joinNative, type NameContext, type NameFields, spell } from "./spelling.ts";
import { laoPlaceholder } from "./tables/lao.ts";
import { stripMarksKeepingD } from "./tables/parts.ts";
import type { Token, TruePerson } from "./types.ts";
import { encodeZawgyi } from "./zawgyi.ts";

/*
 * The name as one agency writes it. A record is in the group's own script, romanised, or both
 * (a passport-like record); the corruptions are applied in the order an agency would cause them:
 * spelling, structure (patronymic, split mononym), title, order, then slips of the keyboard.
 */

const keepD = new Map<string, string>();

/** Vietnamese without marks but with đ kept, cached since NFD is slow. */
function vietnameseKeepingD(native: string): string {
  let out = keepD.get(native);
  if (out === undefined) {
    out = stripMarksKeepingD(native);
    keepD.set(native, out);
  }
  return out;
}

/** The given-name tokens, or a placeholder for an infant not yet named. */
function givenTokens(ctx: NameContext): Token[] {
  if (!ctx.isPlaceholder) return ctx.person.given;
  ctx.tags.push("placeholder-name");
  const { person, rng } = ctx;
  const eanoi = laoPlaceholder[0];
  if (person.group === "lao" && person.sex === "f" && eanoi) return [{ part: eanoi, own: "Eanoi" }];
  const label = rng.pick(["Baby", person.sex === "f" ? "Baby Girl" : "Baby Boy", "Infant"]);
  return [{ part: { native: label, latin: [label], sex: "x", weight: 1 }, own: label }];
}

function chooseScript(rng: Random, group: TruePerson["group"]): NameFields["script"] {
  if (group === "indonesian" || group === "malay" || group === "filipino") return "latin";
  if (group === "vietnamese") return rng.chance(0.45) ? "latin" : "native";
  const r = rng.next();
  return r < 0.45 ? "latin" : r < 0.8 ? "native" : "both";
}

/** The record's name fields for the person, with corruption tags pushed to ctx.tags. */
export function renderName(ctx: NameContext): NameFields {
  const { person, rng } = ctx;
  // Only the Lao girl's placeholder (Eanoi) exists in the native script; the others are English.
  const hasNativePlaceholder = person.group === "lao" && person.sex === "f";
  const script =
    ctx.isPlaceholder && !hasNativePlaceholder ? "latin" : chooseScript(rng, person.group);
  const fields: NameFields = {
    given: undefined,
    family: undefined,
    other: undefined,
    native: undefined,
    script,
  };
  const given = givenTokens(ctx);
  switch (person.group) {
    case "vietnamese":
      writeVietnamese(ctx, fields, given);
      break;
    case "burmese":
      writeBurmese(ctx, fields, given);
      break;
    case "malay":
      writeMalay(ctx, fields, given);
      break;
    case "indonesian":
      writeIndonesian(ctx, fields, given);
      break;
    case "filipino":
      writeFilipino(ctx, fields, given);
      break;
    default:
      writeGivenFamily(ctx, fields, given);
  }
  addHonorific(ctx, fields);
  if (person.group === "burmese" && ctx.tags.includes("zawgyi")) encodeBurmese(ctx, fields);
  swapOrder(ctx, fields);
  addTypo(ctx, fields);
  dropNameParts(ctx, fields);
  return fields;
}

/** Thai, Lao (given first) and Khmer (family first). */
function writeGivenFamily(ctx: NameContext, fields: NameFields, given: Token[]): void {
  const { person, rng } = ctx;
  const familyFirst = person.group === "khmer";
  if (fields.script !== "latin") {
    const g = joinNative(given, "");
    const f = joinNative(person.family, " ");
    fields.native = familyFirst ? `${f} ${g}` : `${g} ${f}`;
    if (fields.script === "native" && rng.chance(0.6)) {
      fields.given = g;
      fields.family = f;
    }
  }
  if (fields.script !== "native") {
    fields.given = spell(ctx, given, 0.3);
    fields.family = spell(ctx, person.family, 0.3);
  }
}

function writeVietnamese(ctx: NameContext, fields: NameFields, given: Token[]): void {
  const { person, rng } = ctx;
  if (fields.script === "native") {
    fields.given = joinNative(given, " ");
    fields.family = joinNative(person.family, " ");
    if (rng.chance(0.35)) fields.native = `${fields.family} ${fields.given}`;
    return;
  }
  ctx.tags.push("diacritics-dropped");
  if (rng.chance(0.15)) {
    fields.given = given.map((t) => vietnameseKeepingD(t.part.native)).join(" ");
    fields.family = person.family.map((t) => vietnameseKeepingD(t.part.native)).join(" ");
    return;
  }
  fields.given = spell(ctx, given, 0.15);
  fields.family = spell(ctx, person.family, 0.15);
}

/** Zawgyi is a property of the whole text field, so it is applied after the title is added. */
function encodeBurmese(ctx: NameContext, fields: NameFields): void {
  const unicode = fields.native ?? "";
  fields.native = encodeZawgyi(unicode);
  // Text with nothing to reorder reads the same in both encodings: not observably Zawgyi.
  if (fields.native === unicode) ctx.tags.splice(ctx.tags.indexOf("zawgyi"), 1);
  if (fields.script === "native" && fields.given !== undefined)
    fields.given = encodeZawgyi(fields.given);
}

/** Burmese: one name, no family name; forms split it or copy it when they demand two fields. */
function writeBurmese(ctx: NameContext, fields: NameFields, given: Token[]): void {
  const { rng } = ctx;
  if (fields.script !== "latin") {
    fields.native = joinNative(given, "");
    if (fields.script === "native" && rng.chance(0.5)) fields.given = fields.native;
    if (rng.chance(0.3)) ctx.tags.push("zawgyi");
  }
  if (fields.script === "native") return;
  const r = rng.next();
  if (r < 0.25 && given.length > 1) {
    const cut = 1 + rng.int(given.length - 1);
    fields.given = spell(ctx, given.slice(0, cut), 0.35);
    fields.family = spell(ctx, given.slice(cut), 0.35);
    ctx.tags.push("mononym-split");
    return;
  }
  fields.given = spell(ctx, given, 0.35);
  if (r > 0.88) {
    fields.family = fields.given;
    ctx.tags.push("mononym-duplicated");
  }
}
