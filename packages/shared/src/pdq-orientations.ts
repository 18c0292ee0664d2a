// The names of PDQ's eight orientations. They live here, not in @sahabat/pdq, because a hash
// match's wire schema names the orientation that matched and packages may import only `shared`
// (STYLE.md); @sahabat/pdq reads them from here.

/**
 * The eight orientations of the dihedral group, named as in the C++ tool and
 * python-threatexchange so lists interoperate:
 * - `original`;
 * - `rotate90` (90° counter-clockwise), `rotate180`, `rotate270` (90° clockwise);
 * - `flipX` (mirror top ↔ bottom), `flipY` (mirror left ↔ right);
 * - `flipPlus1` (transpose, pixel (x, y) → (y, x)), `flipMinus1` (anti-transpose).
 */
export type PdqOrientation =
  | "original"
  | "rotate90"
  | "rotate180"
  | "rotate270"
  | "flipX"
  | "flipY"
  | "flipPlus1"
  | "flipMinus1";

/** The eight orientations, in the order the C++ tool prints them with `--pdqdih`. */
export const PDQ_ORIENTATIONS: readonly PdqOrientation[] = [
  "original",
  "rotate90",
  "rotate180",
  "rotate270",
  "flipX",
  "flipY",
  "flipPlus1",
  "flipMinus1",
];
