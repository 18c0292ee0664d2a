import { type AdCategory, adAnchorCategories } from "@sahabat/shared";

/**
 * Why an advert was or was not flagged, as a message key and its values, in the reader's
 * language. The server sends the same reason in English for the CLI and the audit trail; the
 * page rebuilds it from the categories found so it reads in Thai or Vietnamese too.
 */
export function verdictReason(found: readonly AdCategory[], flagged: boolean) {
  const anchors = found.filter((c) => adAnchorCategories.includes(c));
  if (flagged) return { key: "reasonFlagged", found, anchors } as const;
  if (found.length === 0) return { key: "reasonNone", found, anchors } as const;
  if (found.length === 1) return { key: "reasonOne", found, anchors } as const;
  return { key: "reasonNoAnchor", found, anchors } as const;
}
