import { cumulate, type Random } from "./random.ts";
import { burmeseSyllables } from "./tables/burmese.ts";
import { filipinoFamily, filipinoGiven } from "./tables/filipino.ts";
import { indonesianFamily, indonesianGiven } from "./tables/indonesian.ts";
import { khmerFamily, khmerGiven } from "./tables/khmer.ts";
import { laoFamily, laoGiven } from "./tables/lao.ts";
import { malayGiven, malayTitles } from "./tables/malay.ts";
import { type NamePart, partsFor } from "./tables/parts.ts";
import { thaiFamily, thaiGiven } from "./tables/thai.ts";
import { vietnameseFamily, vietnameseGiven, vietnameseMiddle } from "./tables/vietnamese.ts";
import type { Group, Token } from "./types.ts";

/*
 * True names per group. A household's shared part (family name, Malay father, Filipino middle
 * name) is drawn once and given to siblings and twins; the given name is drawn per person.
 */

/** The part of a name a household shares. */
export interface HouseholdName {
  family: Token[];
  middle: Token[];
  father: Token[];
  title: Token[];
}

/** A table prepared for weighted draws by sex. */
interface Pool {
  f: readonly NamePart[];
  m: readonly NamePart[];
  fWeights: number[];
  mWeights: number[];
}

function pool(parts: readonly NamePart[]): Pool {
  const f = partsFor(parts, "f");
  const m = partsFor(parts, "m");
  return {
    f,
    m,
    fWeights: cumulate(f.map((p) => p.weight)),
    mWeights: cumulate(m.map((p) => p.weight)),
  };
}

const pools = {
  viFamily: pool(vietnameseFamily),
  viMiddle: pool(vietnameseMiddle),
  viGiven: pool(vietnameseGiven),
  thGiven: pool(thaiGiven),
  thFamily: pool(thaiFamily),
  kmFamily: pool(khmerFamily),
  kmGiven: pool(khmerGiven),
  loGiven: pool(laoGiven),
  loFamily: pool(laoFamily),
  mySyllables: pool(burmeseSyllables),
  idGiven: pool(indonesianGiven),
  idFamily: pool(indonesianFamily),
  msGiven: pool(malayGiven),
  msTitles: pool(malayTitles),
  phGiven: pool(filipinoGiven),
  phFamily: pool(filipinoFamily),
};

/** A token with the spelling the person uses: mostly the commonest, sometimes another. */
function token(rng: Random, part: NamePart): Token {
  const own =
    part.latin.length > 1 && rng.chance(0.3) ? rng.pick(part.latin) : (part.latin[0] as string);
  return { part, own };
}

function draw(rng: Random, from: Pool, sex: "f" | "m"): Token {
  const parts = sex === "f" ? from.f : from.m;
  return token(rng, parts[rng.weighted(sex === "f" ? from.fWeights : from.mWeights)] as NamePart);
}

/** The household's shared name parts. */
export function drawHouseholdName(rng: Random, group: Group): HouseholdName {
  const none: Token[] = [];
  const shared = (family: Token[], middle = none, father = none, title = none) => ({
    family,
    middle,
    father,
    title,
  });
  switch (group) {
    case "vietnamese":
      return shared([draw(rng, pools.viFamily, "m")]);
    case "thai":
      return shared([draw(rng, pools.thFamily, "m")]);
    case "khmer":
      return shared([draw(rng, pools.kmFamily, "m")]);
    case "lao":
      return shared([draw(rng, pools.loFamily, "m")]);
    case "burmese":
      return shared(none);
    case "indonesian":
      return shared(rng.chance(0.2) ? [draw(rng, pools.idFamily, "m")] : none);
    case "malay": {
      const father = [draw(rng, pools.msGiven, "m")];
      if (rng.chance(0.4)) father.push(draw(rng, pools.msGiven, "m"));
      const title = rng.chance(0.06) ? [draw(rng, pools.msTitles, "m")] : none;
      return shared(none, none, father, title);
    }
    case "filipino": {
      const family = draw(rng, pools.phFamily, "m");
      let middle = draw(rng, pools.phFamily, "m");
      if (middle.part === family.part) middle = draw(rng, pools.phFamily, "m");
      return shared([family], [middle]);
    }
  }
}

/** A given name (with Vietnamese middle name, Burmese syllables, Malay compounds). */
export function drawGiven(rng: Random, group: Group, sex: "f" | "m"): Token[] {
  switch (group) {
    case "vietnamese":
      return drawVietnamese(rng, sex);
    case "thai":
      return [draw(rng, pools.thGiven, sex)];
    case "khmer":
      return [draw(rng, pools.kmGiven, sex)];
    case "lao":
      return [draw(rng, pools.loGiven, sex)];
    case "burmese":
      return drawBurmese(rng, sex);
    case "indonesian":
      return rng.chance(0.55)
        ? [draw(rng, pools.idGiven, sex)]
        : [draw(rng, pools.idGiven, sex), draw(rng, pools.idGiven, sex)];
    case "malay":
      return rng.chance(0.55)
        ? [draw(rng, pools.msGiven, sex), draw(rng, pools.msGiven, sex)]
        : [draw(rng, pools.msGiven, sex)];
    case "filipino":
      return rng.chance(0.35)
        ? [draw(rng, pools.phGiven, sex), draw(rng, pools.phGiven, sex)]
        : [draw(rng, pools.phGiven, sex)];
  }
}

/** Middle name, then one given syllable or (a third of names) two different ones: Thu Hà. */
function drawVietnamese(rng: Random, sex: "f" | "m"): Token[] {
  const out = [draw(rng, pools.viMiddle, sex), draw(rng, pools.viGiven, sex)];
  if (rng.chance(0.35)) {
    const last = draw(rng, pools.viGiven, sex);
    if (last.part !== out[1]?.part && last.part.native !== out[0]?.part.native) out.push(last);
  }
  return out;
}

/** Two to four syllables, never the same syllable twice in a row. */
function drawBurmese(rng: Random, sex: "f" | "m"): Token[] {
  const r = rng.next();
  const count = r < 0.45 ? 2 : r < 0.9 ? 3 : 4;
  const out: Token[] = [];
  while (out.length < count) {
    const next = draw(rng, pools.mySyllables, sex);
    if (out[out.length - 1]?.part !== next.part) out.push(next);
  }
  return out;
}

/** True when two given names read the same (twins must differ). */
export function isSameGiven(a: readonly Token[], b: readonly Token[]): boolean {
  return a.map((t) => t.part.native).join(" ") === b.map((t) => t.part.native).join(" ");
}
