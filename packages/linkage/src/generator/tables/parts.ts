/*
 * Name tables are written as compact text, one name part a line, so that a reviewer who reads the
 * script can check them at a glance:
 *
 *     <tag> <native> = <romanisation> / <romanisation> / …
 *
 * The tag is f, m or x (either sex) or a number (a relative frequency). The romanisations are the
 * spellings people actually use, the most common first; they are not transliterations. "_" in the
 * native form stands for a space (Filipino "dela_Cruz"). All combinations are fictional.
 */

/** One part of a name: its spelling in the group's own script and the romanisations in use. */
export interface NamePart {
  native: string;
  /** Romanisations, most common first; never empty. */
  latin: readonly string[];
  sex: "f" | "m" | "x";
  weight: number;
}

/** How a table's Latin spellings are derived when its lines carry none. */
export type LatinFrom = "variants" | "native" | "vietnamese";

/** Parses a table; "native" makes the native form the first Latin spelling (Latin-script groups). */
export function parseParts(table: string, latinFrom: LatinFrom = "variants"): NamePart[] {
  const parts: NamePart[] = [];
  for (const raw of table.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const [head = "", tail] = line.split(" = ");
    const [tag = "x", nativeRaw = ""] = head.split(" ");
    const native = nativeRaw.replaceAll("_", " ");
    const variants = tail === undefined ? [] : tail.split(" / ").map((v) => v.trim());
    const latin =
      latinFrom === "native"
        ? [native, ...variants]
        : latinFrom === "vietnamese"
          ? [stripVietnamese(native), ...variants]
          : variants;
    const unique = [...new Set(latin)];
    if (unique.length === 0) throw new Error(`name part without romanisation: ${line}`);
    const weight = Number(tag);
    parts.push({
      native,
      latin: unique,
      sex: tag === "f" || tag === "m" ? tag : "x",
      weight: Number.isFinite(weight) ? weight : 1,
    });
  }
  return parts;
}

/** Parts usable for a sex. */
export function partsFor(parts: readonly NamePart[], sex: "f" | "m"): NamePart[] {
  return parts.filter((p) => p.sex === sex || p.sex === "x");
}

/**
 * Vietnamese without its marks, as passports and foreign records write it. NFD leaves đ/Đ alone
 * (they are letters, not d plus a mark), so they are mapped explicitly. Called once per table
 * entry, never per record.
 */
export function stripVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replaceAll("đ", "d").replaceAll("Đ", "D");
}

/** Marks stripped but đ kept: the half-folded spelling some systems produce. */
export function stripMarksKeepingD(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/**
 * Re-weights a table by rank, Zipf-like (the k-th part weighs 1/k^exponent), so that a few names
 * are common and a long tail is rare, as in real registers. Table order is the rank.
 */
export function withZipf(parts: readonly NamePart[], exponent = 1): NamePart[] {
  return parts.map((p, k) => ({ ...p, weight: 1 / (k + 1) ** exponent }));
}

/**
 * Compound names formed as the culture forms them (Thai and Lao family names such as ศรี + สุข,
 * Khmer given names such as ស្រី + ពៅ): every first part joined to every other second part, in the
 * native script without a space and in Latin as one word, the k-th spellings together. Parts of
 * opposite sex do not combine; the compound weighs the product of its parts.
 */
export function compound(
  first: readonly NamePart[],
  second: readonly NamePart[],
  separator = "",
): NamePart[] {
  const out: NamePart[] = [];
  for (const a of first) {
    for (const b of second) {
      if (a.native === b.native || b.native.startsWith(a.native)) continue;
      if (a.sex !== "x" && b.sex !== "x" && a.sex !== b.sex) continue;
      const count = Math.max(a.latin.length, b.latin.length);
      const latin: string[] = [];
      for (let k = 0; k < count; k++) {
        const left = a.latin[k % a.latin.length] as string;
        const right = b.latin[k % b.latin.length] as string;
        latin.push(left + separator + right.toLowerCase());
      }
      out.push({
        native: a.native + separator + b.native,
        latin: [...new Set(latin)],
        sex: a.sex === "x" ? b.sex : a.sex,
        weight: a.weight * b.weight,
      });
    }
  }
  return out;
}
