import {
  type ExportEntry,
  type FingerprintType,
  type HashRecord,
  RecordCollector,
} from "./records.ts";

/*
 * StopNCII hash records (its FetchHashes answer, as python-threatexchange reads it): a JSON object
 * with `hashRecords` (or a bare array of records), each `{signalType, hashValue, hashStatus,
 * caseNumbers?, lastModtimestamp?, CSPFeedbacks?}`. `ImagePDQ` and `VideoMD5` are read; any other
 * signal type (VideoTMK, Text, URL, Unknown) is refused by name. A `Withdrawn` or `Deleted`
 * status tombstones the hash: the person who submitted it took it back.
 */

const SIGNAL_TYPES: Record<string, FingerprintType> = { ImagePDQ: "pdq", VideoMD5: "md5" };
const TOMBSTONE_STATUSES = new Set(["Withdrawn", "Deleted"]);
const KNOWN_STATUSES = new Set(["Unknown", "Received", "Active", "Withdrawn", "Deleted"]);

/** Reads StopNCII hash records; every bad record is named by its number (from 1). */
export function parseStopNciiJson(content: string): HashRecord[] {
  const out = new RecordCollector();
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    out.refuse(1, `the JSON does not parse: ${(error as Error).message.slice(0, 200)}`);
    return out.finish();
  }
  const records = Array.isArray(document)
    ? document
    : isObject(document) && Array.isArray(document.hashRecords)
      ? document.hashRecords
      : null;
  if (records === null) {
    out.refuse(1, "expected an object with hashRecords, or an array of hash records");
    return out.finish();
  }
  records.forEach((record: unknown, i: number) => {
    readRecord(out, i + 1, record);
  });
  return out.finish();
}

function readRecord(out: RecordCollector, row: number, record: unknown): undefined {
  if (!isObject(record)) return out.refuse(row, "a hash record is an object");
  const { signalType, hashValue, hashStatus } = record;
  if (typeof signalType !== "string") return out.refuse(row, "signalType is missing");
  const type = SIGNAL_TYPES[signalType];
  if (!type)
    return out.refuse(row, `unknown fingerprint type ${JSON.stringify(signalType.slice(0, 40))}`);
  if (typeof hashValue !== "string") return out.refuse(row, "hashValue is missing");
  if (
    hashStatus !== undefined &&
    (typeof hashStatus !== "string" || !KNOWN_STATUSES.has(hashStatus))
  )
    return out.refuse(row, `unknown hashStatus ${JSON.stringify(String(hashStatus).slice(0, 40))}`);
  const action = TOMBSTONE_STATUSES.has(String(hashStatus)) ? "tombstone" : "add";
  out.addValue(row, type, hashValue, { action });
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Writes PDQ entries as ImagePDQ and MD5 entries as VideoMD5 records; tombstones as Deleted. */
export function formatStopNciiJson(entries: readonly ExportEntry[]): string {
  const names: Partial<Record<FingerprintType, string>> = { pdq: "ImagePDQ", md5: "VideoMD5" };
  const hashRecords = entries
    .filter((e) => names[e.type] !== undefined)
    .map((e) => ({
      signalType: names[e.type],
      hashValue: e.value,
      hashStatus: e.isTombstoned ? "Deleted" : "Active",
    }));
  return `${JSON.stringify({ count: hashRecords.length, hashRecords }, null, 2)}\n`;
}
