import type { PersonRecord } from "@sahabat/linkage";
import { parse as parseCsv } from "csv-parse/sync";
import { asList, type ColumnMap, InputFileError, mappedColumns } from "./column-map.ts";

/*
 * Reads a person CSV for `sahabat link`. The file must be UTF-8 (a byte-order mark is allowed);
 * header names and values are trimmed (FEBRL files separate with ", "). Any problem — wrong
 * encoding, a mapped column missing from the header, a row with the wrong number of fields, a
 * duplicate id, a value that does not read — stops the run with the line and column named, before
 * anything is written.
 */

export interface ReadOptions {
  /** Column whose value identifies the true person (evaluation only); never used to link. */
  truthColumn?: string;
  /** Regular expression whose first group extracts the person from the truth column. */
  truthPattern?: RegExp;
}

export interface ReadResult {
  records: PersonRecord[];
  /** Truth value per record when a truth column was asked for. */
  truth: (string | null)[];
  /** Line number (1-based, in the file) of each record. */
  lines: number[];
}

function decode(bytes: Uint8Array, fileName: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputFileError(`${fileName}: the file is UTF-16; save it as UTF-8`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Name the line of the first byte that is not UTF-8, so the user can find it.
    let line = 1;
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x0a) line++;
      const end = Math.min(bytes.length, i + 4);
      if ((bytes[i] as number) >= 0x80) {
        let ok = false;
        for (let j = i + 2; j <= end && !ok; j++) {
          try {
            decoder.decode(bytes.subarray(i, j));
            ok = true;
            i = j - 1;
          } catch {
            // try a longer sequence
          }
        }
        if (!ok)
          throw new InputFileError(
            `${fileName}: line ${line}: byte 0x${(bytes[i] as number).toString(16)} is not UTF-8; save the file as UTF-8`,
          );
      }
    }
    throw new InputFileError(`${fileName}: the file is not valid UTF-8`);
  }
}

const DEFAULT_DATE = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})$/;

function dateReader(format: string | undefined): (value: string) => string | null {
  if (format === undefined)
    return (value) => {
      const m = DEFAULT_DATE.exec(value);
      return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
    };
  const order: ("Y" | "M" | "D")[] = [];
  const pattern = format.replace(/YYYY|MM|DD|[.\-/ ]/g, (token) => {
    if (token === "YYYY") {
      order.push("Y");
      return "(\\d{4})";
    }
    if (token === "MM" || token === "DD") {
      order.push(token[0] as "M" | "D");
      return "(\\d{1,2})";
    }
    return `\\${token}`;
  });
  const regex = new RegExp(`^${pattern}$`);
  return (value) => {
    const m = regex.exec(value);
    if (!m) return null;
    const parts: Record<string, string> = {};
    order.forEach((key, i) => {
      parts[key] = m[i + 1] as string;
    });
    return `${parts.Y}-${(parts.M as string).padStart(2, "0")}-${(parts.D as string).padStart(2, "0")}`;
  };
}

const TRUE = new Set(["true", "yes", "y", "1", "t"]);
const FALSE = new Set(["false", "no", "n", "0", "f"]);

export function readPersonCsv(
  bytes: Uint8Array,
  map: ColumnMap,
  fileName: string,
  options: ReadOptions = {},
): ReadResult {
  const text = decode(bytes, fileName);
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parseCsv(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new InputFileError(
      `${fileName}: line ${e.lines ?? "?"}: ${e.message ?? "not a valid CSV row"}`,
    );
  }
  const header = parsed[0]?.record;
  if (!header) throw new InputFileError(`${fileName}: the file is empty (no header row)`);
  const position = new Map<string, number>();
  header.forEach((name, i) => {
    position.set(name.trim(), i);
  });
  const wanted = mappedColumns(map);
  if (options.truthColumn) wanted.push(options.truthColumn);
  for (const name of wanted)
    if (!position.has(name))
      throw new InputFileError(
        `${fileName}: line 1: column "${name}" is mapped but not in the header`,
      );

  const at = (row: string[], name: string): string =>
    (row[position.get(name) as number] ?? "").trim();
  const joined = (row: string[], names: string | string[] | undefined): string | undefined => {
    const text = asList(names)
      .map((name) => at(row, name))
      .filter((v) => v !== "")
      .join(" ");
    return text === "" ? undefined : text;
  };
  const each = (row: string[], names: string | string[] | undefined): string[] | undefined => {
    const values = asList(names)
      .map((name) => at(row, name))
      .filter((v) => v !== "");
    return values.length === 0 ? undefined : values;
  };
  const single = (row: string[], name: string | undefined): string | undefined => {
    if (name === undefined) return undefined;
    const value = at(row, name);
    return value === "" ? undefined : value;
  };
  const dobColumn = typeof map.dob === "object" ? map.dob.column : map.dob;
  const readDate = dateReader(typeof map.dob === "object" ? map.dob.format : undefined);

  const records: PersonRecord[] = [];
  const truth: (string | null)[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < parsed.length; r++) {
    const { record: row, info } = parsed[r] as { record: string[]; info: { lines: number } };
    const line = info.lines;
    const fail = (column: string, problem: string): never => {
      throw new InputFileError(`${fileName}: line ${line}, column "${column}": ${problem}`);
    };
    const id = at(row, map.id);
    if (id === "") fail(map.id, "the id is empty");
    const first = seen.get(id);
    if (first !== undefined) fail(map.id, `duplicate id (first on line ${first})`);
    seen.set(id, line);

    let dob: string | undefined;
    if (dobColumn !== undefined) {
      const value = at(row, dobColumn);
      if (value !== "")
        dob =
          readDate(value) ??
          fail(dobColumn, `"${value}" does not read as a date in the mapped format`);
    }
    let age: number | undefined;
    if (map.age !== undefined) {
      const value = at(row, map.age);
      if (value !== "") {
        age = Number(value);
        if (!Number.isFinite(age) || age < 0 || age > 130)
          fail(map.age, `"${value}" is not an age in years`);
      }
    }
    let ageEstimated: boolean | undefined;
    if (map.ageEstimated !== undefined) {
      const value = at(row, map.ageEstimated).toLowerCase();
      if (value !== "") {
        if (TRUE.has(value)) ageEstimated = true;
        else if (FALSE.has(value)) ageEstimated = false;
        else fail(map.ageEstimated, `"${value}" is not yes or no`);
      }
    }
    let recordedOn: string | undefined;
    if (map.recordedOn !== undefined) {
      const value = at(row, map.recordedOn);
      if (value !== "")
        recordedOn = readDate(value) ?? fail(map.recordedOn, `"${value}" is not a date`);
    }
    records.push({
      id,
      given: joined(row, map.given),
      family: joined(row, map.family),
      other: joined(row, map.other),
      native: joined(row, map.native),
      sex: single(row, map.sex),
      dob,
      age,
      ageEstimated,
      recordedOn,
      nationality: single(row, map.nationality),
      phones: each(row, map.phone),
      documents: each(row, map.document),
      address: joined(row, map.address),
      locality: joined(row, map.locality),
      postcode: single(row, map.postcode),
      region: single(row, map.region),
    });
    lines.push(line);
    if (options.truthColumn) {
      const value = at(row, options.truthColumn);
      const extracted = options.truthPattern
        ? (options.truthPattern.exec(value)?.[1] ?? null)
        : value;
      truth.push(extracted === "" ? null : extracted);
    }
  }
  return { records, truth, lines };
}
