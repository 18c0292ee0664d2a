import { describe, expect, it } from "vitest";
import { segmentText } from "./highlight-segments.ts";

type Ind = { start: number; end: number; category: string };
const ind = (category: string, start: number, end: number): Ind => ({ category, start, end });

/** The pieces as [text, categories covering] pairs, easy to read in an assertion. */
function pieces(text: string, spans: Ind[]) {
  return segmentText(text, spans).map((s) => [s.text, s.covering.map((c) => c.category).join("")]);
}

describe("segmentText", () => {
  it("returns the whole text as one plain piece when nothing is found", () => {
    expect(pieces("Tuyển nhân viên", [])).toEqual([["Tuyển nhân viên", ""]]);
    expect(segmentText("", [])).toEqual([]);
  });

  it("cuts at each indicator and keeps the text between them plain", () => {
    const text = "Tuyển gấp nhân viên nhập liệu, lương 20tr";
    expect(pieces(text, [ind("F", 0, 9), ind("A", 10, 29)])).toEqual([
      ["Tuyển gấp", "F"],
      [" ", ""],
      ["nhân viên nhập liệu", "A"],
      [", lương 20tr", ""],
    ]);
  });

  it("splits overlapping indicators so each piece lists every indicator covering it", () => {
    // "high salary abroad": B covers 0–11, D covers 5–18.
    const segments = segmentText("high salary abroad", [ind("B", 0, 11), ind("D", 5, 18)]);
    expect(segments.map((s) => [s.text, s.covering.map((c) => c.category).join("")])).toEqual([
      ["high ", "B"],
      ["salary", "BD"],
      [" abroad", "D"],
    ]);
    expect(segments.map((s) => s.opening.map((c) => c.category).join(""))).toEqual(["B", "D", ""]);
  });

  it("handles one indicator inside another and two with the same extent", () => {
    expect(
      pieces("work in Dubai now", [ind("G", 0, 13), ind("G", 8, 13), ind("F", 8, 13)]),
    ).toEqual([
      ["work in ", "G"],
      ["Dubai", "GGF"],
      [" now", ""],
    ]);
  });

  it("keeps adjacent indicators apart, without an empty piece between them", () => {
    expect(pieces("abcdef", [ind("A", 0, 3), ind("B", 3, 6)])).toEqual([
      ["abc", "A"],
      ["def", "B"],
    ]);
  });

  it("joins the pieces back into exactly the original text", () => {
    const text = "Việc nhẹ lương cao 💰💰 sang Campuchia, liên hệ Telegram";
    const spans = [ind("B", 9, 18), ind("E", 45, 53), ind("G", 27, 36), ind("B", 14, 22)];
    expect(
      segmentText(text, spans)
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });

  it("uses UTF-16 offsets and never cuts a surrogate pair in two", () => {
    const text = "💰 high pay";
    expect("💰".length).toBe(2);
    // An offset in the middle of the emoji widens to the whole character.
    expect(pieces(text, [ind("B", 1, 2)])).toEqual([
      ["💰", "B"],
      [" high pay", ""],
    ]);
    expect(pieces(text, [ind("B", 3, 11)])).toEqual([
      ["💰 ", ""],
      ["high pay", "B"],
    ]);
  });

  it("keeps Thai vowel and tone marks with their consonant", () => {
    // "งานดี เงินดี": เงิ is เ + ง + ิ (a combining vowel mark).
    const text = "งานดี เงินดี";
    const start = text.indexOf("เงิน");
    // An end that falls between ง and its mark ิ is widened past the mark.
    const segments = segmentText(text, [ind("B", start, start + 2)]);
    const marked = segments.find((s) => s.covering.length > 0);
    expect(marked?.text).toBe("เงิ");
    expect(segments.map((s) => s.text).join("")).toBe(text);
    // The Thai phrase at its exact offsets is taken as it is.
    expect(pieces(text, [ind("B", start, start + 6)])).toEqual([
      ["งานดี ", ""],
      ["เงินดี", "B"],
    ]);
  });

  it("keeps a Vietnamese letter written with combining marks (NFD) whole", () => {
    const text = "lu\u031bo\u031b\u0300ng cao"; // lương, decomposed
    // Offset 4 falls between the o and its horn: the highlight takes the whole ờ.
    expect(pieces(text, [ind("B", 0, 4)])).toEqual([
      ["lu\u031bo\u031b\u0300", "B"],
      ["ng cao", ""],
    ]);
  });

  it("clips spans outside the text and drops empty or malformed ones", () => {
    expect(
      pieces("abc", [
        ind("A", -5, 1),
        ind("B", 2, 99),
        ind("C", 2, 2),
        ind("D", 3, 1),
        ind("E", 0.5, 2),
      ]),
    ).toEqual([
      ["a", "A"],
      ["b", ""],
      ["c", "B"],
    ]);
  });
});
