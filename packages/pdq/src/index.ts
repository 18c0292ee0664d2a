/*
 * @sahabat/pdq: PDQ, Meta's 256-bit perceptual image hash, written in TypeScript from the
 * published algorithm (facebook/ThreatExchange, described in our words in
 * shared/reference/pdq/ALGORITHM.md). Pure: decoded pixels in, hashes out, no I/O.
 *
 * Why hand-written: when this was built (2026-11) npm had no maintained pure-TypeScript PDQ.
 * `pdq`, `pdq-hash`, `pdqhash` and `@threatexchange/pdq` do not exist on the registry, and the
 * perceptual-hash packages it does have (`imghash`, `sharp-phash`) compute other, incompatible
 * hashes. Meta's own WASM build is not published to npm. Interoperating with NCMEC, StopNCII and
 * ThreatExchange lists needs PDQ bit for bit, so we own ~400 lines checked against Meta's vectors.
 */
export * from "./dihedral.ts";
export * from "./hash.ts";
export * from "./hasher.ts";
export * from "./luminance.ts";
export * from "./match.ts";
export * from "./multi-index.ts";
export * from "./trim.ts";
