import { screenAdvert } from "@sahabat/ads";
import { describe, expect, it } from "vitest";
import { segmentText } from "./highlight-segments.ts";

// The contract with the server: indicator offsets are UTF-16 code units of the text as sent
// (README, "Screening recruitment adverts"). Screened by the same engine the API runs, every
// indicator's phrase is the text at [start, end), and the pieces the page marks hold it whole.
const adverts = [
  {
    lang: "vi",
    text: "💰💰 Tuyển gấp nhân viên nhập liệu tại Campuchia, lương 20 triệu/tháng, bao vé máy bay, không cần kinh nghiệm. Liên hệ Telegram @tuyendung88",
  },
  {
    lang: "th",
    text: "🔥 รับสมัครด่วน งานแอดมิน ทำงานที่กัมพูชา เงินเดือน 50,000 บาท ไม่ต้องมีประสบการณ์ บินฟรี ติดต่อไลน์ @job123",
  },
] as const;

describe("highlighting the engine's indicators", () => {
  for (const advert of adverts) {
    it(`marks each indicator of a ${advert.lang} advert with emoji before it exactly`, () => {
      const result = screenAdvert({ text: advert.text, lang: advert.lang });
      expect(result.indicators.length).toBeGreaterThanOrEqual(3);
      const segments = segmentText(advert.text, result.indicators);
      expect(segments.map((s) => s.text).join("")).toBe(advert.text);
      for (const indicator of result.indicators) {
        expect(advert.text.slice(indicator.start, indicator.end)).toBe(indicator.phrase);
        const covered = segments
          .filter((s) => s.covering.includes(indicator))
          .map((s) => s.text)
          .join("");
        expect(covered).toBe(indicator.phrase);
      }
    });
  }
});
