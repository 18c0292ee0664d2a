import { drawHonorific, honorificRate } from "./honorifics.ts";
import type { NameContext, NameFields } from "./spelling.ts";
import { applyTypo, typoKinds } from "./typos.ts";

/*
 * Corruptions that apply to any group's name once its fields are written: a title in front, the
 * order swapped, a typo in a romanised field, a part left out.
 */

const TYPO_RATE = 0.12;
const SWAP_RATE = 0.12;

/** A title before the given name and, in native script, before the full name. */
export function addHonorific(ctx: NameContext, fields: NameFields): void {
  const { person, rng } = ctx;
  const isNative = fields.script === "native";
  if (ctx.isPlaceholder || !rng.chance(honorificRate(person.group, isNative))) return;
  const title = drawHonorific(rng, person, ctx.age, isNative);
  if (title === undefined) return;
  ctx.tags.push("honorific-added");
  // Thai and Burmese titles are written against the name; Lao and Latin ones with a space.
  const joiner = isNative && (person.group === "thai" || person.group === "burmese") ? "" : " ";
  if (fields.native !== undefined && fields.script !== "latin") {
    const nativeTitle =
      fields.script === "both" ? drawHonorific(rng, person, ctx.age, true) : title;
    if (nativeTitle !== undefined) fields.native = nativeTitle + joiner + fields.native;
  }
  if (fields.given !== undefined && (fields.script !== "native" || fields.native === undefined)) {
    fields.given = title + joiner + fields.given;
  }
}

/** Given and family swapped, as foreign forms and hurried clerks do. */
export function swapOrder(ctx: NameContext, fields: NameFields): void {
  const { rng } = ctx;
  if (fields.given === undefined || fields.family === undefined) return;
  if (fields.given === fields.family || !rng.chance(SWAP_RATE)) return;
  // A Malay patronymic is not a family name; clerks who split it do not put it first.
  if (/^b(in|inti|t|te)?\.? /.test(fields.family)) return;
  const given = fields.given;
  fields.given = fields.family;
  fields.family = given;
  ctx.tags.push("order-swapped");
}

/** One keyboard slip in a romanised name field. */
export function addTypo(ctx: NameContext, fields: NameFields): void {
  const { rng } = ctx;
  if (fields.script === "native" || !rng.chance(TYPO_RATE)) return;
  const kind = rng.pick(typoKinds);
  const inFamily = fields.family !== undefined && rng.chance(0.5);
  const before = inFamily ? fields.family : fields.given;
  if (before === undefined) return;
  const after = applyTypo(rng, before, kind);
  if (after === before) return;
  if (inFamily) fields.family = after;
  else fields.given = after;
  ctx.tags.push(kind);
}

/** A family or given name left empty by the agency. */
export function dropNameParts(ctx: NameContext, fields: NameFields): void {
  const { rng } = ctx;
  if (fields.family !== undefined && fields.given !== undefined && rng.chance(0.06)) {
    if (ctx.isPlaceholder || rng.chance(0.8)) {
      fields.family = undefined;
      ctx.tags.push("missing-family");
    } else {
      fields.given = undefined;
      ctx.tags.push("missing-given");
    }
  }
}
