import type { Random } from "./random.ts";
import type { Token, TruePerson } from "./types.ts";

/** The name fields of a record, and which script its name is in. */
export interface NameFields {
  given: string | undefined;
  family: string | undefined;
  other: string | undefined;
  native: string | undefined;
  script: "native" | "latin" | "both";
}

/** What renderName needs to know about the record being written. */
export interface NameContext {
  rng: Random;
  person: TruePerson;
  age: number;
  isPlaceholder: boolean;
  tags: string[];
}

/** Latin spelling of tokens: the person's own, or a variant people also write. */
export function spell(ctx: NameContext, tokens: readonly Token[], variantRate: number): string {
  let out = "";
  let isVariant = false;
  for (const t of tokens) {
    let s = t.own;
    if (t.part.latin.length > 1 && ctx.rng.chance(variantRate)) s = ctx.rng.pick(t.part.latin);
    if (s !== t.own) isVariant = true;
    out = out === "" ? s : `${out} ${s}`;
  }
  if (isVariant) ctx.tags.push("romanisation-variant");
  return out;
}

export function joinNative(tokens: readonly Token[], separator: string): string {
  return tokens.map((t) => t.part.native).join(separator);
}
