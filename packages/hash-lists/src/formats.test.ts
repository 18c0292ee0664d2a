import { describe, expect, it } from "vitest";
import {
  type ExportEntry,
  formatHashList,
  type HASH_LIST_FORMATS,
  HashListError,
  type HashRecord,
  parseHashList,
} from "./index.ts";

const PDQ_A = "f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95";
const PDQ_B = "b062eb9d2ab170c0567fcb672d9a5548c5612982dd5e374a7424ebbc8b135cb5";
const MD5 = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
const SHA1 = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
const SHA256 = "c".repeat(64);

/** The problems a bad file is refused with. */
function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof HashListError) return error.problems;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("PDQ lines and CSV", () => {
  it("reads one hash a line, skipping blanks and comments, upper case lowered", () => {
    const records = parseHashList(
      "pdq",
      `# benign test list\n${PDQ_A}\r\n\n${PDQ_B.toUpperCase()}\n`,
    );
    expect(records).toEqual([
      { row: 2, action: "add", type: "pdq", value: PDQ_A },
      { row: 4, action: "add", type: "pdq", value: PDQ_B },
    ]);
  });

  it("names every bad line and keeps nothing", () => {
    const problems = problemsOf(() =>
      parseHashList(
        "pdq",
        `${PDQ_A}\n${PDQ_A.slice(1)}\n${PDQ_A.replace("f", "g")}\n${PDQ_A},90\n`,
      ),
    );
    expect(problems.map((p) => p.row)).toEqual([2, 3, 4]);
    expect(problems[0]!.message).toMatch(/64 hexadecimal characters, got 63/);
    expect(problems[1]!.message).toMatch(/not hexadecimal/);
  });

  it("reads HASH,QUALITY with `pdq hash` output's file names and an optional header", () => {
    const records = parseHashList(
      "pdq-csv",
      `HASH,QUALITY,FILE\n${PDQ_A},100,photos/a,b.jpg\n${PDQ_B},\n`,
    );
    expect(records).toEqual([
      { row: 2, action: "add", type: "pdq", value: PDQ_A, quality: 100 },
      { row: 3, action: "add", type: "pdq", value: PDQ_B },
    ]);
    const problems = problemsOf(() => parseHashList("pdq-csv", `${PDQ_A},101\n${PDQ_A}\n`));
    expect(problems).toEqual([
      { row: 1, message: 'quality must be a whole number from 0 to 100, got "101"' },
      { row: 2, message: "expected HASH,QUALITY" },
    ]);
  });
});

describe("ThreatExchange-style rows", () => {
  it("reads HASH_PDQ and the digest types with id and tags", () => {
    const records = parseHashList(
      "threatexchange",
      `indicator_type,indicator,id,tags\nHASH_PDQ,${PDQ_A},1234,benign_test other\nHASH_MD5,${MD5},,\nhash_sha1,${SHA1}\n`,
    );
    expect(records).toEqual([
      {
        row: 2,
        action: "add",
        type: "pdq",
        value: PDQ_A,
        sourceId: "1234",
        classification: "benign_test",
      },
      { row: 3, action: "add", type: "md5", value: MD5 },
      { row: 4, action: "add", type: "sha1", value: SHA1 },
    ]);
  });

  it("refuses an unknown fingerprint type by name", () => {
    const problems = problemsOf(() =>
      parseHashList("threatexchange", `HASH_PDQ,${PDQ_A}\nHASH_TMK,abc\nURI,http://x\n`),
    );
    expect(problems).toEqual([
      { row: 2, message: 'unknown fingerprint type "HASH_TMK"' },
      { row: 3, message: 'unknown fingerprint type "URI"' },
    ]);
  });
});

const NCMEC = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<queryResult xmlns="https://hashsharing.ncmec.org/hashsharing/v2">
  <images count="3" maxTimestamp="2026-10-24T15:10:00Z">
    <image>
      <member id="42">Example Member &amp; Co</member>
      <timestamp>2026-10-24T15:00:00Z</timestamp>
      <id>image1</id>
      <classification>A1</classification>
      <fingerprints>
        <md5>${MD5.toUpperCase()}</md5>
        <sha1>${SHA1}</sha1>
        <pdna>0,1,2,3,255,254</pdna>
        <pdq>${PDQ_A}</pdq>
      </fingerprints>
      <feedback />
    </image>
    <deletedImage>
      <member id="43">Example Member2</member>
      <id>image4</id>
      <timestamp>2026-10-24T15:10:00Z</timestamp>
    </deletedImage>
  </images>
  <videos count="1" maxTimestamp="2026-10-24T15:20:00Z">
    <video>
      <id>video1</id>
      <fingerprints><md5>${MD5.replace(/a/g, "b")}</md5></fingerprints>
    </video>
  </videos>
  <paging><next>/v2/entries?start=2001&amp;size=1000</next></paging>
</queryResult>`;

describe("NCMEC hash-sharing XML", () => {
  it("reads entries' fingerprints with id and classification, and deletions as tombstones", () => {
    const records = parseHashList("ncmec-xml", NCMEC);
    const common = { action: "add", sourceId: "image1", classification: "A1", row: 1 };
    expect(records).toEqual<HashRecord[]>([
      { ...common, action: "add", type: "md5", value: MD5 },
      { ...common, action: "add", type: "sha1", value: SHA1 },
      { ...common, action: "add", type: "photodna", value: "0,1,2,3,255,254" },
      { ...common, action: "add", type: "pdq", value: PDQ_A },
      { row: 2, action: "tombstone", type: null, value: null, sourceId: "image4" },
      { row: 3, action: "add", type: "md5", value: MD5.replace(/a/g, "b"), sourceId: "video1" },
    ]);
  });

  it("refuses an unknown fingerprint type, naming the record and its id", () => {
    const xml = NCMEC.replace("<pdq>", '<tmk-pdqf rel="self" href="/x"/><pdq>');
    expect(problemsOf(() => parseHashList("ncmec-xml", xml))).toEqual([
      { row: 1, message: '(id "image1"): unknown fingerprint type <tmk-pdqf>' },
    ]);
  });

  it("names a bad hash inside a record, a record without id, and keeps nothing", () => {
    const xml = NCMEC.replace(`<sha1>${SHA1}</sha1>`, "<sha1>zz</sha1>").replace(
      "<id>video1</id>",
      "",
    );
    const problems = problemsOf(() => parseHashList("ncmec-xml", xml));
    expect(problems).toEqual([
      { row: 1, message: '(id "image1"): a SHA1 hash is 40 hexadecimal characters, got 2' },
      { row: 3, message: "<video> has no <id>" },
    ]);
  });

  it("refuses XML that is not well formed, and any DOCTYPE (entity bombs)", () => {
    expect(
      problemsOf(() => parseHashList("ncmec-xml", "<queryResult><images></queryResult>"))[0]!
        .message,
    ).toMatch(/not well formed/);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><queryResult>&lol2;</queryResult>`;
    expect(problemsOf(() => parseHashList("ncmec-xml", bomb))[0]!.message).toMatch(/DOCTYPE/);
    expect(problemsOf(() => parseHashList("ncmec-xml", "<status/>"))[0]!.message).toMatch(
      /queryResult/,
    );
  });
});

describe("StopNCII JSON hash records", () => {
  const body = {
    count: 3,
    nextPageToken: "",
    hasMoreRecords: false,
    hashRecords: [
      {
        lastModtimestamp: 1,
        signalType: "ImagePDQ",
        hashValue: PDQ_A,
        hashStatus: "Active",
        caseNumbers: {},
      },
      { lastModtimestamp: 2, signalType: "VideoMD5", hashValue: MD5, hashStatus: "Received" },
      { lastModtimestamp: 3, signalType: "ImagePDQ", hashValue: PDQ_B, hashStatus: "Withdrawn" },
    ],
  };

  it("reads ImagePDQ and VideoMD5, and a withdrawn hash as a tombstone", () => {
    expect(parseHashList("stopncii-json", JSON.stringify(body))).toEqual([
      { row: 1, action: "add", type: "pdq", value: PDQ_A },
      { row: 2, action: "add", type: "md5", value: MD5 },
      { row: 3, action: "tombstone", type: "pdq", value: PDQ_B },
    ]);
  });

  it("refuses other signal types and bad records by number", () => {
    const bad = {
      hashRecords: [
        { signalType: "VideoTMK", hashValue: "x" },
        { signalType: "ImagePDQ" },
        "nope",
        { signalType: "ImagePDQ", hashValue: PDQ_A, hashStatus: "Lost" },
      ],
    };
    expect(problemsOf(() => parseHashList("stopncii-json", JSON.stringify(bad)))).toEqual([
      { row: 1, message: 'unknown fingerprint type "VideoTMK"' },
      { row: 2, message: "hashValue is missing" },
      { row: 3, message: "a hash record is an object" },
      { row: 4, message: 'unknown hashStatus "Lost"' },
    ]);
    expect(problemsOf(() => parseHashList("stopncii-json", "{"))[0]!.message).toMatch(
      /does not parse/,
    );
  });
});

describe("exports", () => {
  const entries: ExportEntry[] = [
    { type: "pdq", value: PDQ_A, quality: 90, classification: "A1", sourceId: "e1" },
    { type: "md5", value: MD5, sourceId: "e1", classification: "A1" },
    { type: "photodna", value: "0,1,2", sourceId: "e1", classification: "A1" },
    { type: "pdq", value: PDQ_B, sourceId: "e2", isTombstoned: true },
    { type: "sha256", value: SHA256 },
  ];

  it("reads back what it writes, in every format, each with the types it carries", () => {
    const carried = (format: (typeof HASH_LIST_FORMATS)[number]) =>
      parseHashList(format, formatHashList(format, entries)).map(
        (r) => `${r.action}:${r.type}:${r.value}`,
      );
    expect(carried("pdq")).toEqual([`add:pdq:${PDQ_A}`]);
    expect(carried("pdq-csv")).toEqual([`add:pdq:${PDQ_A}`]);
    expect(parseHashList("pdq-csv", formatHashList("pdq-csv", entries))[0]!.quality).toBe(90);
    expect(carried("threatexchange")).toEqual([
      `add:pdq:${PDQ_A}`,
      `add:md5:${MD5}`,
      `add:sha256:${SHA256}`,
    ]);
    expect(carried("ncmec-xml")).toEqual([
      `add:pdq:${PDQ_A}`,
      `add:md5:${MD5}`,
      "add:photodna:0,1,2",
      "tombstone:null:null",
      `add:sha256:${SHA256}`,
    ]);
    expect(carried("stopncii-json")).toEqual([
      `add:pdq:${PDQ_A}`,
      `add:md5:${MD5}`,
      `tombstone:pdq:${PDQ_B}`,
    ]);
  });
});
