import {
  type ExportEntry,
  type FingerprintType,
  type HashRecord,
  parseQuality,
  RecordCollector,
} from "./records.ts";

/*
 * The line formats: one record a line, blank lines and lines starting with `#` skipped, a
 * trailing CR tolerated. Rows are named by their line number.
 */

function eachLine(content: string, visit: (line: string, row: number) => void): void {
  const lines = content.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    visit(trimmed, i + 1);
  });
}

/** `pdq`: one PDQ hash (64 hex characters) a line, nothing else on the line. */
export function parsePdqLines(content: string): HashRecord[] {
  const out = new RecordCollector();
  eachLine(content, (line, row) => out.addValue(row, "pdq", line, { action: "add" }));
  return out.finish();
}

/**
 * `pdq-csv`: `HASH,QUALITY` a line, further fields ignored, so the output of `sahabat pdq hash`
 * (and Meta's `pdq-photo-hasher`) reads as it is; an optional `hash,quality…` header line. An
 * empty quality means unknown (such a hash is kept, as by `sahabat pdq match`).
 */
export function parsePdqCsv(content: string): HashRecord[] {
  const out = new RecordCollector();
  let isFirst = true;
  eachLine(content, (line, row) => {
    const fields = line.split(",");
    if (isFirst && /^hash$/i.test(fields[0]!.trim())) {
      isFirst = false;
      return;
    }
    isFirst = false;
    if (fields.length < 2) return out.refuse(row, "expected HASH,QUALITY");
    if (fields[1]!.trim() === "") return out.addValue(row, "pdq", fields[0]!, { action: "add" });
    const quality = parseQuality(fields[1]!);
    if ("error" in quality) return out.refuse(row, quality.error);
    out.addValue(row, "pdq", fields[0]!, { action: "add", quality: quality.quality });
  });
  return out.finish();
}

/** ThreatExchange indicator types and ours; any other type is refused by name. */
const TE_TYPES: Record<string, FingerprintType> = {
  HASH_PDQ: "pdq",
  HASH_MD5: "md5",
  HASH_SHA1: "sha1",
  HASH_SHA256: "sha256",
};

/**
 * `threatexchange`: ThreatExchange-style indicator rows `TYPE,INDICATOR[,ID[,TAGS]]`, where TYPE
 * is `HASH_PDQ` (or `HASH_MD5`, `HASH_SHA1`, `HASH_SHA256`), ID the descriptor id and TAGS
 * space-separated (the first becomes the classification). An optional header line starting
 * `indicator_type`.
 */
export function parseThreatExchange(content: string): HashRecord[] {
  const out = new RecordCollector();
  let isFirst = true;
  eachLine(content, (line, row) => {
    const fields = line.split(",").map((f) => f.trim());
    if (isFirst && /^indicator_type$/i.test(fields[0]!)) {
      isFirst = false;
      return;
    }
    isFirst = false;
    const teType = fields[0]!;
    const type = TE_TYPES[teType.toUpperCase()];
    if (!type)
      return out.refuse(row, `unknown fingerprint type ${JSON.stringify(teType.slice(0, 40))}`);
    if (fields.length < 2) return out.refuse(row, "expected TYPE,INDICATOR[,ID[,TAGS]]");
    if (fields.length > 4) return out.refuse(row, "more than 4 fields");
    const sourceId = fields[2] || undefined;
    const classification = fields[3]?.split(/\s+/)[0] || undefined;
    out.addValue(row, type, fields[1]!, {
      action: "add",
      ...(sourceId ? { sourceId } : {}),
      ...(classification ? { classification } : {}),
    });
  });
  return out.finish();
}

const cell = (text: string | null | undefined) => (text ?? "").replace(/[,\r\n\s]+/g, "_");

/** Writes live PDQ entries one hash a line (the others have no place in this format). */
export function formatPdqLines(entries: readonly ExportEntry[]): string {
  return entries
    .filter((e) => e.type === "pdq" && !e.isTombstoned)
    .map((e) => `${e.value}\n`)
    .join("");
}

/** Writes live PDQ entries as `hash,quality` with a header; an unknown quality is left empty. */
export function formatPdqCsv(entries: readonly ExportEntry[]): string {
  const rows = entries
    .filter((e) => e.type === "pdq" && !e.isTombstoned)
    .map((e) => `${e.value},${e.quality ?? ""}\n`);
  return `hash,quality\n${rows.join("")}`;
}

/** Writes live hex entries as ThreatExchange-style rows with a header. */
export function formatThreatExchange(entries: readonly ExportEntry[]): string {
  const names = Object.fromEntries(Object.entries(TE_TYPES).map(([k, v]) => [v, k]));
  const rows = entries
    .filter((e) => names[e.type] !== undefined && !e.isTombstoned)
    .map((e) => `${names[e.type]},${e.value},${cell(e.sourceId)},${cell(e.classification)}\n`);
  return `indicator_type,indicator,id,tags\n${rows.join("")}`;
}
