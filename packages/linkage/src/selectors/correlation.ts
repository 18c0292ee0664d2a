// The correlation guard. A selector links every case and person holding it, across agencies — so a
// value that many records share is not evidence of one network: a helpline number written into
// every intake form, an NGO's office phone, a placeholder like 0000000000. Such values are flagged
// with their count for a person to look at, and link nothing (issue 6, "Correlation").
//
// Review: changing this guard changes which records other agencies learn of through hit/no-hit;
// it needs the same review as a visibility scope.
import { canonicaliseSelector } from "./canonicalise.ts";
import type { CanonicalSelector, SelectorKind, SelectorOptions } from "./types.ts";

/** Records sharing one selector above which it is flagged instead of linking. */
export const DEFAULT_OVER_CORRELATION_LIMIT = 100;

/** Whether a selector links its records, or why not. */
export interface CorrelationDecision {
  links: boolean;
  /** excluded: on the exclusion list; over_limit: held by too many records; invalid: no key. */
  flagged?: "excluded" | "over_limit" | "invalid";
  /** Records holding the selector, as given. */
  count: number;
}

/** The exclusion list (correlation keys) and the over-correlation limit. */
export interface CorrelationGuard {
  excluded?: ReadonlySet<string>;
  limit?: number;
}

/**
 * Decides whether a selector held by `recordCount` records links them. Exclusion comes first, so
 * a hotline is flagged even when few records hold it yet. A count that is not a number fails
 * closed: it does not link.
 */
export function decideCorrelation(
  selector: Pick<CanonicalSelector, "correlationKey">,
  recordCount: number,
  guard: CorrelationGuard = {},
): CorrelationDecision {
  const count = recordCount;
  if (selector.correlationKey === null) return { links: false, flagged: "invalid", count };
  if (guard.excluded?.has(selector.correlationKey))
    return { links: false, flagged: "excluded", count };
  const limit =
    guard.limit !== undefined && Number.isFinite(guard.limit) && guard.limit >= 1
      ? guard.limit
      : DEFAULT_OVER_CORRELATION_LIMIT;
  if (!(count <= limit)) return { links: false, flagged: "over_limit", count };
  return { links: true, count };
}

/** One value for the exclusion list, e.g. a directory hotline: `{ kind: "phone", value: "1300" }`. */
export interface ExcludedValue {
  kind: SelectorKind | "auto";
  value: string;
}

/**
 * Canonicalises exclusion values (the directory's hotline numbers, …) into correlation keys.
 * Values that do not parse are left out: they could never link anything anyway.
 */
export function buildExclusionSet(
  values: Iterable<ExcludedValue>,
  options: SelectorOptions = {},
): Set<string> {
  const keys = new Set<string>();
  for (const { kind, value } of values) {
    const key = canonicaliseSelector(kind, value, options).correlationKey;
    if (key !== null) keys.add(key);
  }
  return keys;
}
