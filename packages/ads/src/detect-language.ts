// Which lexicon an advert is read with, when the caller does not say. Written here rather than
// taken from a library: the script decides six of the ten languages outright, and what is left
// (English, Vietnamese, Indonesian, Malay, Filipino, all in Latin letters, often mixed with
// English in one advert) is told apart better by the words of recruitment adverts than by the
// general-purpose trigram models of language detectors, which confuse Indonesian with Malay on
// short texts. Every decision can be explained in one line.
import type { Language } from "./types.ts";

const SCRIPTS: [RegExp, Language][] = [
  [/[\u0E00-\u0E7F]/gu, "th"],
  [/[\u0E80-\u0EFF]/gu, "lo"],
  [/[\u1780-\u17FF]/gu, "km"],
  [/[\u1000-\u109F]/gu, "my"],
  [/[\u3400-\u9FFF]/gu, "zh"],
];

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gu;

// Frequent words of adverts in each Latin-script language. Indonesian and Malay share most of
// theirs (dan, untuk, gaji, kerja, pengalaman), which tell nothing: only the words that differ are
// listed (tidak/tiada, perusahaan/syarikat, dibutuhkan/diperlukan, paspor/pasport).
const WORDS: Record<"en" | "vi" | "id" | "ms" | "fil", string[]> = {
  en: [
    "the",
    "and",
    "for",
    "with",
    "you",
    "we",
    "our",
    "per",
    "month",
    "salary",
    "job",
    "work",
    "no",
    "experience",
    "apply",
    "hiring",
    "contact",
    "free",
  ],
  vi: [
    "lương",
    "luong",
    "tuyển",
    "tuyen",
    "việc",
    "viec",
    "làm",
    "lam",
    "nhân",
    "nhan",
    "viên",
    "vien",
    "không",
    "khong",
    "cần",
    "can",
    "bao",
    "tháng",
    "thang",
    "liên",
    "hệ",
    "lien",
    "he",
    "triệu",
    "trieu",
    "công",
    "ty",
  ],
  id: [
    "yang",
    "dengan",
    "tidak",
    "lowongan",
    "dibutuhkan",
    "perusahaan",
    "hubungi",
    "juta",
    "berangkat",
    "loker",
    "ditanggung",
    "punya",
    "paspor",
    "bisa",
    "kantor",
    "lamaran",
    "biaya",
  ],
  ms: [
    "tiada",
    "syarikat",
    "diperlukan",
    "jawatan",
    "kosong",
    "kekosongan",
    "disediakan",
    "penginapan",
    "maklumat",
    "lanjut",
    "sebulan",
    "pasport",
    "mempunyai",
    "temu",
    "duga",
    "mohon",
    "pejabat",
    "lesen",
    "majikan",
  ],
  fil: [
    "ang",
    "ng",
    "sa",
    "po",
    "lang",
    "kahit",
    "mga",
    "na",
    "walang",
    "karanasan",
    "sahod",
    "sweldo",
    "trabaho",
    "libre",
    "libreng",
    "kada",
    "buwan",
    "may",
    "kailangan",
    "ibang",
    "bansa",
    "agad",
  ],
};

/** The language chosen and the evidence for it. */
export interface LanguageGuess {
  lang: Language;
  why: string;
}

/** Detects the language of an advert from its script, then its words. */
export function detectLanguage(text: string): LanguageGuess {
  let best: [Language, number] | undefined;
  for (const [pattern, lang] of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0 && (!best || count > best[1])) best = [lang, count];
  }
  const lower = text.normalize("NFC").toLowerCase();
  const latin = lower.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (best && best[1] * 2 >= latin / 3)
    return { lang: best[0], why: `${best[1]} characters of its script` };
  const marks = lower.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (marks >= 3) return { lang: "vi", why: `${marks} Vietnamese letters` };
  const words = lower.match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(WORDS).map(([lang, list]) => {
    const set = new Set(list);
    return [lang as Language, words.filter((w) => set.has(w)).length] as const;
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [top, second] = scores;
  if (!top || top[1] === 0) return { lang: "en", why: "no evidence for another language" };
  if (second && second[1] === top[1] && top[0] !== "en" && second[0] === "en")
    return { lang: "en", why: "as many English words as others" };
  return { lang: top[0], why: `${top[1]} words of ${top[0]} adverts` };
}
