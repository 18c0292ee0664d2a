/** A stretch of the advert an indicator covers: UTF-16 offsets, end exclusive (`slice`). */
export type Span = { start: number; end: number };

/** A piece of the text and the spans that cover all of it (none: plain text). */
export type Segment<T extends Span> = {
  start: number;
  end: number;
  text: string;
  /** Every span covering this piece, in the order given. */
  covering: T[];
  /** The spans that begin at this piece (where the category letter is shown). */
  opening: T[];
};

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The offsets between user-perceived characters (a Thai vowel mark stays with its consonant). */
function graphemeBoundaries(text: string): number[] {
  const boundaries = [...graphemes.segment(text)].map((g) => g.index);
  boundaries.push(text.length);
  return boundaries;
}

/** The largest boundary ≤ offset (down) or the smallest ≥ offset (up); boundaries are sorted. */
function snap(boundaries: number[], offset: number, direction: "down" | "up"): number {
  let low = 0;
  let high = boundaries.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((boundaries[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  const below = boundaries[low] ?? 0;
  if (below === offset || direction === "down") return below;
  return boundaries[low + 1] ?? offset;
}

/**
 * Cuts the advert into pieces at every indicator's start and end, so that overlapping and
 * adjacent indicators each keep their own extent: a piece lists every indicator covering it.
 *
 * The server's offsets are UTF-16 code units of the original text. A highlight must not cut a
 * character in two (half a surrogate pair is not text) nor part a Thai or Vietnamese vowel or
 * tone mark from its letter (a lone combining mark renders as a dotted circle), so each span is
 * widened to whole graphemes. Spans outside the text are clipped; empty ones are dropped.
 */
export function segmentText<T extends Span>(text: string, spans: readonly T[]): Segment<T>[] {
  const boundaries = graphemeBoundaries(text);
  const placed = spans
    .map((span) => {
      if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return null;
      const start = snap(boundaries, Math.max(0, Math.min(span.start, text.length)), "down");
      const end = snap(boundaries, Math.max(0, Math.min(span.end, text.length)), "up");
      return end > start ? { span, start, end } : null;
    })
    .filter((p): p is { span: T; start: number; end: number } => p !== null);
  const cuts = [...new Set([0, text.length, ...placed.flatMap((p) => [p.start, p.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    const covering = placed.filter((p) => p.start <= start && p.end >= end);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      covering: covering.map((p) => p.span),
      opening: covering.filter((p) => p.start === start).map((p) => p.span),
    });
  }
  return segments;
}
