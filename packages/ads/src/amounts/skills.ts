// Signs that an advert is for skilled work: years of experience, a degree, a professional
// licence. High pay is a salary cue only "for work that needs no skill" (the reference's category
// B): a nurse or an engineer abroad is well paid for a reason. A requirement that is negated
// ("no degree required", "không cần bằng cấp") is not a sign of skilled work but a cue (C).

const YEARS =
  "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\+?\\s*(?:years?|yrs|năm|ปี|tahun|taong|taon|年)";
const EXPERIENCE = "(?:experience|kinh nghiệm|ประสบการณ์|pengalaman|karanasan|经验|經驗)";

const MARKERS: RegExp[] = [
  new RegExp(`${YEARS}\\s*(?:of\\s*)?(?:\\p{L}+\\s*){0,2}${EXPERIENCE}`, "u"),
  new RegExp(`${EXPERIENCE}\\s*(?:\\p{L}+\\s*){0,2}${YEARS}`, "u"),
  new RegExp(`${EXPERIENCE}\\s*(?:tối thiểu|minimal|at least)?\\s*\\d{1,2}`, "u"),
  /\b(?:degree in|bachelor|master's|phd|bsn|cpa|prc license|tefl|tesol|stcw|diploma in)\b/u,
  /(?:tốt nghiệp đại học|bằng điều dưỡng|chứng chỉ hành nghề|ปริญญาตรี|ใบประกอบวิชาชีพ|ใบอนุญาตประกอบวิชาชีพ|\bs1\b|\bd3\b|本科|执业证书|資格證|资格证)/u,
];

const NEGATION =
  /(?:no|not|without|không cần|không yêu cầu|ไม่ต้อง|tanpa|tidak perlu|tiada|walang|kahit walang|无需|不需要|不限)\s*$/u;

/** The first sign of skilled work in normalised text, or undefined. */
export function findSkilledWork(text: string): string | undefined {
  for (const marker of MARKERS) {
    const m = marker.exec(text);
    if (!m) continue;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    if (NEGATION.test(before)) continue;
    return m[0].trim();
  }
  return undefined;
}
