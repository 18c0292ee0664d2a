// Machine-readable zones (ICAO 9303): a passport's two 44-character lines (TD3), an identity
// card's first 30-character line (TD1), or just the 10-character document-number field with its
// check digit. Read from the number field: the document number, its issuing state and type.
import { hasValidIcaoCheck } from "./check-digits.ts";

/** What an MRZ says about the document, and whether its check digits hold. */
export interface MrzReading {
  number: string;
  /** ISO alpha-3 issuing state, as printed. */
  issuingState?: string;
  documentCode?: string;
  checksOk: boolean;
}

/** Reads an MRZ from text holding "<" fillers; null when it has no MRZ shape. */
export function readMrz(text: string): MrzReading | null {
  const lines = text
    .toUpperCase()
    .split(/\s+/)
    .filter((l) => l.length > 0);
  const [first, second] = lines;
  if (first === undefined) return null;
  if (lines.length === 2 && first.length === 44 && second?.length === 44)
    return readTd3(second, first);
  if (lines.length === 1 && first.length === 44 && !first.startsWith("P<")) return readTd3(first);
  if (first.length === 30 && lines.length <= 3) return readTd1(first);
  if (lines.length === 1 && /^[A-Z0-9<]{9}\d$/.test(first)) {
    return { number: trimFiller(first.slice(0, 9)), checksOk: hasValidIcaoCheck(first) };
  }
  return null;
}

// TD3 line 2: number 0–8 + check 9, nationality 10–12, birth 13–18 + check 19, sex 20,
// expiry 21–26 + check 27, optional 28–41 + check 42, composite check 43.
function readTd3(line2: string, line1?: string): MrzReading | null {
  if (!/^[A-Z0-9<]{44}$/.test(line2)) return null;
  const composite =
    line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43) + line2.slice(43);
  const checksOk =
    hasValidIcaoCheck(line2.slice(0, 10)) &&
    hasValidIcaoCheck(line2.slice(13, 20)) &&
    hasValidIcaoCheck(line2.slice(21, 28)) &&
    (line2[42] === "<" || hasValidIcaoCheck(line2.slice(28, 43))) &&
    hasValidIcaoCheck(composite);
  const reading: MrzReading = { number: trimFiller(line2.slice(0, 9)), checksOk };
  if (line1 !== undefined && /^[A-Z<]{5}/.test(line1)) {
    reading.documentCode = trimFiller(line1.slice(0, 2));
    reading.issuingState = trimFiller(line1.slice(2, 5));
  }
  return reading;
}

// TD1 line 1: document code 0–1, issuing state 2–4, number 5–13 + check 14. A number longer than
// nine characters continues in the optional field and its check digit moves there: not read.
function readTd1(line1: string): MrzReading | null {
  if (!/^[A-Z][A-Z<][A-Z<]{3}[A-Z0-9<]{25}$/.test(line1) || line1[14] === "<") return null;
  return {
    number: trimFiller(line1.slice(5, 14)),
    issuingState: trimFiller(line1.slice(2, 5)),
    documentCode: trimFiller(line1.slice(0, 2)),
    checksOk: hasValidIcaoCheck(line1.slice(5, 15)),
  };
}

function trimFiller(field: string): string {
  return field.replace(/<+$/, "").replace(/</g, "");
}
