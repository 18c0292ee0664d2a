// Phone numbers, messaging handles and links as they appear in an advert. They are only found
// here, on the original text; the server canonicalises them with the linking capability's
// selectors, so that a recruiter's number seen in an advert links to the cases that hold it.
import type { ContactFinding } from "./types.ts";

const URL =
  /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|me|net|org|io|ly|gg|link|app|co|vn|th|id|my|ph|kh|la|mm|cn|sg)(?:\/[^\s"'<>)\]，。、]*)?/giu;
const HANDLE = /(?<![\p{L}\p{N}_.@/])@[a-z0-9_][a-z0-9_.]{2,31}/giu;
const PHONE =
  /(?<![\p{L}\p{N}_+@/])(?:\+\d{2,3}[\s.-]?)?\(?\d{2,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?![\p{N}])/gu;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/giu;

const PLATFORM_HOSTS: [RegExp, string][] = [
  [/^(?:t|telegram)\.me$/u, "telegram"],
  [/^(?:wa\.me|chat\.whatsapp\.com|api\.whatsapp\.com)$/u, "whatsapp"],
  [/^line\.me$/u, "line"],
  [/^zalo\.me$/u, "zalo"],
  [/^m\.me$/u, "messenger"],
];
const PLATFORM_WORDS: [RegExp, string][] = [
  [/(telegram|tele|tg|飞机|飛機)\s*[:：]?\s*$/iu, "telegram"],
  [/(whatsapp|wa)\s*[:：]?\s*$/iu, "whatsapp"],
  [/(line(?: id)?|ไลน์)\s*[:：]?\s*$/iu, "line"],
  [/(zalo)\s*[:：]?\s*$/iu, "zalo"],
  [/(wechat|微信)\s*[:：]?\s*$/iu, "wechat"],
  [/(viber)\s*[:：]?\s*$/iu, "viber"],
];

/** The host of a link, lower case, without "www.". */
export function hostOf(link: string): string {
  return link
    .replace(/^https?:\/\//iu, "")
    .replace(/^www\./iu, "")
    .split(/[/?#]/u)[0]!
    .toLowerCase();
}

function platformBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 16), start);
  for (const [pattern, platform] of PLATFORM_WORDS) if (pattern.test(before)) return platform;
  return undefined;
}

function overlaps(taken: [number, number][], start: number, end: number): boolean {
  return taken.some(([s, e]) => start < e && end > s);
}

/** Links, handles and phone numbers in the original text, in text order. */
export function findContacts(text: string): ContactFinding[] {
  const out: ContactFinding[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(EMAIL)) taken.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(URL)) {
    const start = m.index;
    const value = m[0].replace(/[.,;:!?]+$/u, "");
    const end = start + value.length;
    if (overlaps(taken, start, end)) continue;
    const host = hostOf(value);
    const platform = PLATFORM_HOSTS.find(([pattern]) => pattern.test(host))?.[1];
    out.push({ kind: "url", text: value, start, end, ...(platform ? { platform } : {}) });
    taken.push([start, end]);
  }
  for (const m of text.matchAll(HANDLE)) {
    const start = m.index;
    const value = m[0].replace(/[._]+$/u, "");
    const end = start + value.length;
    if (overlaps(taken, start, end)) continue;
    const platform = platformBefore(text, start);
    out.push({ kind: "handle", text: value, start, end, ...(platform ? { platform } : {}) });
    taken.push([start, end]);
  }
  for (const m of text.matchAll(PHONE)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = m[0].replace(/\D/gu, "");
    if (digits.length < 9 || digits.length > 15 || overlaps(taken, start, end)) continue;
    if (!m[0].startsWith("+") && !m[0].startsWith("0") && !m[0].startsWith("(")) continue;
    const platform = platformBefore(text, start);
    out.push({ kind: "phone", text: m[0], start, end, ...(platform ? { platform } : {}) });
    taken.push([start, end]);
  }
  return out.sort((a, b) => a.start - b.start);
}
