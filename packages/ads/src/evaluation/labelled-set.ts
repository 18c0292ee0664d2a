/*
 * The labelled set of recruitment adverts the screening is measured on. Written before any
 * lexicon tuning and committed on its own, so that the held-out half measures the engine rather
 * than the set. Every advert is fictional: names, numbers, handles and links are invented.
 * "suspect" means an advert an agency would want a person to review for trafficking indicators
 * (scam-compound or forced-labour recruitment); "legitimate" adverts include high-paid and
 * overseas jobs through licensed channels, and ordinary local jobs that use the same words
 * ("customer service", "urgent hiring", "no experience needed", "accommodation provided").
 */
import en from "./labelled/en.json" with { type: "json" };
import fil from "./labelled/fil.json" with { type: "json" };
import id from "./labelled/id.json" with { type: "json" };
import ms from "./labelled/ms.json" with { type: "json" };
import th from "./labelled/th.json" with { type: "json" };
import vi from "./labelled/vi.json" with { type: "json" };
import zh from "./labelled/zh.json" with { type: "json" };

/** One labelled advert. */
export interface LabelledAdvert {
  id: string;
  lang: string;
  label: "suspect" | "legitimate";
  text: string;
  /** Tuning adverts may be looked at while extending lexicons; held-out ones only measure. */
  split: "tuning" | "held-out";
}

type Raw = { id: string; label: string; text: string };

const files: [string, Raw[]][] = [
  ["en", en],
  ["vi", vi],
  ["th", th],
  ["id", id],
  ["zh", zh],
  ["fil", fil],
  ["ms", ms],
];

/**
 * The split is deterministic and balanced: within each language and label, in file order, the
 * 1st, 3rd, 5th… advert is for tuning and the 2nd, 4th, 6th… is held out.
 */
function splitSet(): LabelledAdvert[] {
  const out: LabelledAdvert[] = [];
  for (const [lang, rows] of files) {
    const seen = { suspect: 0, legitimate: 0 };
    for (const row of rows) {
      if (row.label !== "suspect" && row.label !== "legitimate")
        throw new Error(`${row.id}: label must be "suspect" or "legitimate"`);
      const index = seen[row.label]++;
      out.push({
        id: row.id,
        lang,
        label: row.label,
        text: row.text,
        split: index % 2 === 0 ? "tuning" : "held-out",
      });
    }
  }
  return out;
}

/** Every labelled advert, with its language and split. */
export const labelledAdverts: readonly LabelledAdvert[] = splitSet();
