import { XMLParser, XMLValidator } from "fast-xml-parser";
import {
  type ExportEntry,
  type FingerprintType,
  type HashRecord,
  RecordCollector,
} from "./records.ts";

/*
 * NCMEC hash-sharing XML (the v2 `queryResult` of its entries endpoint, as python-threatexchange
 * reads it): `<images>` and `<videos>` hold `<image>`/`<video>` entries with an `<id>`, a
 * `<classification>` and `<fingerprints>` (`md5`, `sha1`, `sha256`, `pdq`, `pdna` for PhotoDNA),
 * and `<deletedImage>`/`<deletedVideo>` tombstones that name an earlier entry's `<id>`.
 * Records are numbered in document order. A DOCTYPE is refused outright: hash-sharing files never
 * have one, and refusing it shuts out entity-expansion bombs whatever the parser's own limits.
 */

const FINGERPRINT_TAGS: Record<string, FingerprintType> = {
  md5: "md5",
  sha1: "sha1",
  sha256: "sha256",
  pdq: "pdq",
  pdna: "photodna",
};

type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: false,
});

function tagOf(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ":@");
}

function childrenOf(node: Node): Node[] {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as Node[]) : [];
}

function textOf(node: Node | undefined): string {
  if (!node) return "";
  return childrenOf(node)
    .map((c) => (typeof c["#text"] === "string" ? c["#text"] : ""))
    .join("");
}

function child(node: Node, tag: string): Node | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** Reads a `queryResult` document; every bad entry is named by its record number and id. */
export function parseNcmecXml(content: string): HashRecord[] {
  const out = new RecordCollector();
  if (/<!DOCTYPE|<!ENTITY/i.test(content)) {
    out.refuse(
      1,
      "the XML has a DOCTYPE or entity declaration, which hash-sharing files never have",
    );
    return out.finish();
  }
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    out.refuse(valid.err.line, `the XML is not well formed: ${valid.err.msg}`);
    return out.finish();
  }
  const document = parser.parse(content) as Node[];
  const root = document.find((n) => tagOf(n) === "queryResult");
  if (!root) {
    out.refuse(1, "the document's root is not <queryResult>");
    return out.finish();
  }
  let record = 0;
  for (const group of childrenOf(root)) {
    const groupTag = tagOf(group);
    if (groupTag !== "images" && groupTag !== "videos") continue;
    for (const entry of childrenOf(group)) {
      const tag = tagOf(entry);
      if (tag === undefined || tag === "#text") continue;
      record++;
      readEntry(out, record, tag, entry);
    }
  }
  return out.finish();
}

function readEntry(out: RecordCollector, record: number, tag: string, entry: Node): undefined {
  const known = ["image", "video", "deletedImage", "deletedVideo"];
  if (!known.includes(tag)) return out.refuse(record, `unknown entry <${tag.slice(0, 40)}>`);
  const sourceId = textOf(child(entry, "id")).trim();
  if (sourceId === "") return out.refuse(record, `<${tag}> has no <id>`);
  const where = `(id ${JSON.stringify(sourceId.slice(0, 80))})`;
  if (tag.startsWith("deleted")) {
    out.add({ row: record, action: "tombstone", type: null, value: null, sourceId });
    return undefined;
  }
  const classification = textOf(child(entry, "classification")).trim() || undefined;
  const fingerprints = childrenOf(child(entry, "fingerprints") ?? {});
  const named = fingerprints.filter((f) => tagOf(f) !== "#text");
  if (named.length === 0) return out.refuse(record, `<${tag}> ${where} has no fingerprints`);
  for (const fingerprint of named) {
    const name = tagOf(fingerprint)!;
    const type = FINGERPRINT_TAGS[name.toLowerCase()];
    if (!type) {
      out.refuse(record, `${where}: unknown fingerprint type <${name.slice(0, 40)}>`);
      continue;
    }
    const before = out.problems.length;
    out.addValue(record, type, textOf(fingerprint), {
      action: "add",
      sourceId,
      ...(classification ? { classification } : {}),
    });
    const problem = out.problems[before];
    if (problem && out.problems.length > before) problem.message = `${where}: ${problem.message}`;
  }
  return undefined;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const TAGS: Record<FingerprintType, string> = {
  md5: "md5",
  sha1: "sha1",
  sha256: "sha256",
  pdq: "pdq",
  photodna: "pdna",
};

/**
 * Writes entries as `<image>` records, grouping fingerprints that share a source id into one;
 * a tombstoned entry with a source id becomes a `<deletedImage>`.
 */
export function formatNcmecXml(entries: readonly ExportEntry[]): string {
  const groups = new Map<string, ExportEntry[]>();
  let unnamed = 0;
  for (const entry of entries) {
    const key = entry.sourceId ?? `sahabat-${++unnamed}`;
    if (entry.isTombstoned && !entry.sourceId) continue;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const body: string[] = [];
  for (const [id, group] of groups) {
    if (group.every((e) => e.isTombstoned)) {
      body.push(`    <deletedImage><id>${escapeXml(id)}</id></deletedImage>`);
      continue;
    }
    const live = group.filter((e) => !e.isTombstoned);
    const classification = live.find((e) => e.classification)?.classification;
    const prints = live.map((e) => `<${TAGS[e.type]}>${escapeXml(e.value)}</${TAGS[e.type]}>`);
    body.push(
      `    <image><id>${escapeXml(id)}</id>${classification ? `<classification>${escapeXml(classification)}</classification>` : ""}<fingerprints>${prints.join("")}</fingerprints></image>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<queryResult xmlns="https://hashsharing.ncmec.org/hashsharing/v2">',
    `  <images count="${body.length}">`,
    ...body,
    "  </images>",
    "</queryResult>",
    "",
  ].join("\n");
}
