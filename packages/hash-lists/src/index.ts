/*
 * @sahabat/hash-lists: reading and writing the hash-list files agencies exchange (PDQ lines and
 * CSV, ThreatExchange-style rows, NCMEC hash-sharing XML, StopNCII JSON). Pure: text in,
 * records out. A file with any bad row is refused whole, every bad row named, so an import
 * commits all of a file or nothing.
 */
import { formatNcmecXml, parseNcmecXml } from "./ncmec-xml.ts";
import type { ExportEntry, HashListFormat, HashRecord } from "./records.ts";
import { formatStopNciiJson, parseStopNciiJson } from "./stopncii-json.ts";
import {
  formatPdqCsv,
  formatPdqLines,
  formatThreatExchange,
  parsePdqCsv,
  parsePdqLines,
  parseThreatExchange,
} from "./text-formats.ts";

export * from "./records.ts";

const PARSERS: Record<HashListFormat, (content: string) => HashRecord[]> = {
  pdq: parsePdqLines,
  "pdq-csv": parsePdqCsv,
  threatexchange: parseThreatExchange,
  "ncmec-xml": parseNcmecXml,
  "stopncii-json": parseStopNciiJson,
};

const FORMATTERS: Record<HashListFormat, (entries: readonly ExportEntry[]) => string> = {
  pdq: formatPdqLines,
  "pdq-csv": formatPdqCsv,
  threatexchange: formatThreatExchange,
  "ncmec-xml": formatNcmecXml,
  "stopncii-json": formatStopNciiJson,
};

/** Reads a list file; throws {@link HashListError} naming every bad row when any is bad. */
export function parseHashList(format: HashListFormat, content: string): HashRecord[] {
  return PARSERS[format](content);
}

/**
 * Writes entries in a format. Each format carries only the types it has a place for: PDQ
 * lines and CSV only PDQ, ThreatExchange rows the hex digests and PDQ, StopNCII PDQ and MD5;
 * only NCMEC XML carries PhotoDNA. Tombstones travel in NCMEC XML and StopNCII JSON.
 */
export function formatHashList(format: HashListFormat, entries: readonly ExportEntry[]): string {
  return FORMATTERS[format](entries);
}

/** The content type of an exported file. */
export function contentTypeOf(format: HashListFormat): string {
  if (format === "ncmec-xml") return "application/xml";
  if (format === "stopncii-json") return "application/json";
  if (format === "pdq") return "text/plain";
  return "text/csv";
}
