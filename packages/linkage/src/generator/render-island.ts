import { type NameContext, type NameFields, spell } from "./spelling.ts";
import type { Token } from "./types.ts";

/*
 * Malay, Indonesian and Filipino names: Latin script, but structures that break the
 * given/family model (patronymics, mononyms, middle names that are the mother's family name).
 */

/** Malay "X bin/binti Y": the patronymic lands in the family field, in the given field, or is cut. */
export function writeMalay(ctx: NameContext, fields: NameFields, given: Token[]): void {
  const { person, rng } = ctx;
  const title = person.title.length > 0 ? `${spell(ctx, person.title, 0.2)} ` : "";
  const own = title + spell(ctx, given, 0.3);
  const father = spell(ctx, person.father, 0.3);
  const marker = person.sex === "f" ? "binti" : "bin";
  const r = rng.next();
  if (r < 0.4) {
    fields.given = own;
    fields.family = `${marker} ${father}`;
  } else if (r < 0.62) {
    fields.given = `${own} ${marker} ${father}`;
  } else if (r < 0.84) {
    // The father's name taken for a surname: the most common misreading by foreign agencies.
    fields.given = own;
    fields.family = father;
    ctx.tags.push("patronymic-dropped");
  } else {
    const short =
      person.sex === "f" ? rng.pick(["bt.", "bte", "bt", "bte."]) : rng.pick(["b.", "b"]);
    fields.given = own;
    fields.family = `${short} ${father}`;
    ctx.tags.push("patronymic-abbreviated");
  }
}

/** Indonesian: often a single name, left alone or copied into both fields. */
export function writeIndonesian(ctx: NameContext, fields: NameFields, given: Token[]): void {
  const { person, rng } = ctx;
  fields.given = spell(ctx, given, 0.25);
  if (person.family.length > 0) {
    fields.family = spell(ctx, person.family, 0.25);
  } else if (given.length === 1 && rng.chance(0.25)) {
    fields.family = fields.given;
    ctx.tags.push("mononym-duplicated");
  } else if (given.length === 2 && rng.chance(0.5)) {
    // A two-part name is split by forms as if the second part were a family name.
    const [first, second] = given as [Token, Token];
    fields.given = spell(ctx, [first], 0.25);
    fields.family = spell(ctx, [second], 0.25);
    ctx.tags.push("name-split");
  }
}

/** Filipino: the middle name written out, as an initial, or not at all; particles vary. */
export function writeFilipino(ctx: NameContext, fields: NameFields, given: Token[]): void {
  const { person, rng } = ctx;
  fields.given = spell(ctx, given, 0.25);
  const before = ctx.tags.length;
  fields.family = spell(ctx, person.family, 0.3);
  const familyPart = person.family[0]?.part;
  if (ctx.tags.length > before && familyPart?.native.includes(" "))
    ctx.tags.push("particle-variant");
  const middle = person.middle[0];
  if (!middle) return;
  const r = rng.next();
  if (r < 0.45) {
    fields.other = spell(ctx, person.middle, 0.2);
  } else if (r < 0.65) {
    const initial = `${middle.own
      .replace(/^(de los |del |dela |de )/i, "")
      .charAt(0)
      .toUpperCase()}.`;
    if (rng.chance(0.5)) fields.other = initial;
    else fields.given = `${fields.given} ${initial}`;
    ctx.tags.push("middle-initial");
  }
}
