// Particles that belong to the next word of a family name. Filipino (and Spanish, Portuguese in
// Timor-Leste) records write "dela Cruz", "De La Cruz" and "Delacruz" for one name, so a particle
// is joined to what follows: all three become "delacruz". "van" is left alone: it is the very
// common Vietnamese middle name Văn.
const LEADING = new Set([
  "de",
  "del",
  "dela",
  "della",
  "delos",
  "delas",
  "da",
  "das",
  "do",
  "dos",
  "di",
]);
/** Articles that join only after "de" (de la, de los, de las). */
const ARTICLES = new Set(["la", "las", "los", "le"]);

/** Joins name particles to the following word ("de la cruz" → "delacruz"). */
export function joinParticles(tokens: string[]): string[] {
  let changed = false;
  const out: string[] = [];
  let pending = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const isParticle =
      i < tokens.length - 1 &&
      (LEADING.has(token) || (pending.startsWith("de") && ARTICLES.has(token)));
    if (isParticle) {
      pending += token;
      changed = true;
    } else {
      out.push(pending + token);
      pending = "";
    }
  }
  return changed ? out : tokens;
}

// Malay and Indonesian bin/binti (son/daughter of), Singapore bte, Indian Malaysian a/l, a/p and
// Singaporean s/o, d/o, Iban anak: what follows is the father's name, not a family name.
const MARKERS = new Set(["bin", "binti", "binte", "bte", "bt", "bnt", "bn", "anak"]);
/** Two-letter markers that arrive as two tokens after "/" is folded to a space. */
const SPLIT_MARKERS = new Set(["a l", "a p", "s o", "d o"]);
/** "b." for bin only where Malay naming is expected: elsewhere B. is an initial. */
const MALAY_COUNTRIES = new Set(["MY", "SG", "BN", "ID"]);

/**
 * Finds a patronymic marker in a token list: returns [index, marker length], or undefined. The
 * marker must have a name before and after it.
 */
export function findPatronymicMarker(
  tokens: readonly string[],
  country: string | undefined,
): [number, number] | undefined {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (MARKERS.has(token)) return [i, 1];
    if (token === "b" && country !== undefined && MALAY_COUNTRIES.has(country)) return [i, 1];
    if (i < tokens.length - 2 && SPLIT_MARKERS.has(`${token} ${tokens[i + 1]}`)) return [i, 2];
  }
  return undefined;
}

/**
 * Is this token a patronymic marker on its own ("bin" as the last token of a given name, "b" at the
 * start of a Malay family field: "b Safiq")?
 */
export function isPatronymicMarker(token: string, country?: string): boolean {
  return (
    MARKERS.has(token) || (token === "b" && country !== undefined && MALAY_COUNTRIES.has(country))
  );
}
