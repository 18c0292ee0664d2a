import { useTranslation } from "react-i18next";
import type { Messages } from "../app/locales/index.ts";

/** A group of labelled codes in the vocabulary namespace (statuses, services, HTCDS values…). */
export type VocabGroup = keyof Messages["vocab"];

/**
 * Labels for the codes the API sends as plain strings. A code the app has no label for is
 * shown as sent, so a value added on the server is never hidden.
 */
export function useVocab() {
  const { t, i18n } = useTranslation("vocab");
  const lookup = t as unknown as (key: string) => string;
  return (group: VocabGroup, code: string | null | undefined): string => {
    if (code === null || code === undefined) return "—";
    const key = `${group}.${code}`;
    return i18n.exists(key, { ns: "vocab" }) ? lookup(key) : code;
  };
}
