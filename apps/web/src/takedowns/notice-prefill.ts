import { fingerprintTypes, takedownCategories } from "@sahabat/shared";
import { z } from "zod";

// The categories and fingerprint types are the server's lists (@sahabat/shared).
export type { TakedownCategory } from "@sahabat/shared";
export { fingerprintTypes, takedownCategories };

/**
 * What another page may hand to a new notice: `/takedowns/new` reads these search parameters
 * and fills the form with them (nothing is sent until the officer saves). For example, an
 * online-harm report links to
 *
 *   <Link to="/takedowns/new" search={noticePrefill({ platform: "example-social",
 *     category: "abuse_material", urls: ["https://…"],
 *     fingerprints: [{ type: "pdq", value: "…" }] })}>
 *
 * - `platform`: a key of the platform directory (`GET /api/takedowns/platforms`);
 * - `category`: one of `takedownCategories`;
 * - `urls`: the addresses to take down, one target each;
 * - `fingerprints`: `{type: "md5" | "sha256" | "pdq", value: hex}`, put on every target — never
 *   material, only its hashes;
 * - `excerpt`: a short advert text (recruitment adverts only; the server refuses it otherwise);
 * - `reportReceivedAt`: when the report came in (ISO 8601, UTC).
 *
 * The router writes arrays and objects into the URL as JSON. A value that fails these checks is
 * dropped (`catch`), so a hand-edited link opens an emptier form rather than an error.
 */
export const NoticePrefill = z.object({
  platform: z.string().trim().min(1).max(60).optional().catch(undefined),
  category: z.enum(takedownCategories).optional().catch(undefined),
  urls: z.array(z.string().trim().min(1).max(2048)).max(50).optional().catch(undefined),
  fingerprints: z
    .array(
      z.object({
        type: z.enum(fingerprintTypes),
        value: z.string().regex(/^(?:[0-9a-f]{32}|[0-9a-f]{64})$/i),
      }),
    )
    .max(16)
    .optional()
    .catch(undefined),
  excerpt: z.string().max(500).optional().catch(undefined),
  reportReceivedAt: z.iso.datetime().optional().catch(undefined),
});
export type NoticePrefill = z.infer<typeof NoticePrefill>;

/** The search parameters of a link to `/takedowns/new` filled with this (typed for callers). */
export function noticePrefill(prefill: NoticePrefill): NoticePrefill {
  return NoticePrefill.parse(prefill);
}
