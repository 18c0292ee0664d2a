import { useFormat } from "./format.ts";
import { useVocab, type VocabGroup } from "./vocab.ts";

/**
 * Languages offered for a child or a provider: those of the region first. ISO 639 codes; the
 * names come from the browser in the interface language. The API takes any ISO 639 code.
 */
export const regionLanguages = [
  "vi",
  "th",
  "km",
  "lo",
  "my",
  "ms",
  "id",
  "fil",
  "ceb",
  "tet",
  "zh",
  "hmn",
  "shn",
  "ta",
  "en",
] as const;

/** Labelled choices for selects and checkbox groups. */
export function useOptions() {
  const vocab = useVocab();
  const format = useFormat();
  return {
    /** Codes of a vocabulary group with their labels, in the order given. */
    of: (group: VocabGroup, codes: readonly string[]) =>
      codes.map((code) => ({ value: code, label: vocab(group, code) })),
    languages: () => regionLanguages.map((code) => ({ value: code, label: format.language(code) })),
  };
}
