import { type Group, nationalityOf, Random, registrationName } from "@sahabat/linkage";

/*
 * Fictional names in the region's scripts for demo and benchmark data. They are common name
 * parts recombined at random; no combination describes a real person. Each carries the native
 * spelling and a Latin spelling as a person might write it (not a letter-by-letter
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

/** The demo's one random stream, as the linkage generator's draws take it. */
class StreamRandom extends Random {
  constructor(private readonly source: () => number) {
    super(0);
  }
  override next(): number {
    return this.source();
  }
}

// The region's naming traditions in the demo's proportions, with each one's language.
const traditions: { upTo: number; group: Group; language: string }[] = [
  { upTo: 0.4, group: "vietnamese", language: "vi" },
  { upTo: 0.55, group: "thai", language: "th" },
  { upTo: 0.67, group: "khmer", language: "km" },
  { upTo: 0.77, group: "burmese", language: "my" },
  { upTo: 0.84, group: "lao", language: "lo" },
  { upTo: 0.91, group: "indonesian", language: "id" },
  { upTo: 0.96, group: "filipino", language: "fil" },
  { upTo: 1, group: "malay", language: "ms" },
];

/**
 * A fictional name of a girl or boy from one of the region's naming traditions, drawn from the
 * linkage generator's weighted tables (hundreds of parts per tradition, common ones common), so a
 * million generated persons carry as many different names as a real register would.
 */
export function generateName(random: () => number, sex: "female" | "male"): NameParts {
  const r = random();
  const tradition = traditions.find((t) => r < t.upTo) ?? (traditions[0] as (typeof traditions)[0]);
  const name = registrationName(
    new StreamRandom(random),
    tradition.group,
    sex === "female" ? "f" : "m",
  );
  return { ...name, nationality: nationalityOf[tradition.group], language: tradition.language };
}
