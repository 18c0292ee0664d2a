import fs from "node:fs/promises";
import readline from "node:readline";
import {
  DEFAULT_MATCH_THRESHOLD,
  DEFAULT_MIN_QUALITY,
  findPdqMatches,
  formatPdqHex,
  isMatchable,
  ORIENTATIONS,
  type PdqEntry,
  type Preshrink,
  parsePdqLine,
} from "@sahabat/pdq";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { HashPool, ImageFingerprint } from "../online-harm/index.ts";

/*
 * `sahabat pdq hash` and `sahabat pdq match`: a stable contract that other tools and agencies
 * script against, so the output formats below change only with a new command. Neither needs the
 * database. Formats and exit codes are documented in README.md, "PDQ hashing".
 */

type HashCommandOptions = { preshrink: Preshrink; dihedral?: boolean; trimBorders?: boolean };

/** pdq hash and pdq match. */
export function registerPdqCommands(program: Command) {
  const pdq = program.command("pdq").description("PDQ perceptual image hashes (Meta's PDQ)");
  pdq
    .command("hash")
    .description("Print HASH,QUALITY,FILE for each image, like Meta's pdq-photo-hasher")
    .argument("<files...>", "image files (JPEG, PNG, WebP, GIF, TIFF, HEIF/AVIF)")
    .addOption(
      new Option("--preshrink <mode>", "resample images over 512 px to 512 × 512 first, or not")
        .choices(["nn512", "none"])
        .default("nn512"),
    )
    .option("--dihedral", "print the 8 orientation hashes per file, in the C++ --pdqdih order")
    .option(
      "--trim-borders",
      "cut uniform borders off before hashing (not the reference's default)",
    )
    .action(async (files: string[], options: HashCommandOptions) => {
      // Loaded here, not at start-up: only this command needs sharp and the workers.
      const { createHashPool, DEFAULT_IMAGE_LIMITS } = await import("../online-harm/index.ts");
      const pool = createHashPool();
      try {
        await hashFiles(pool, DEFAULT_IMAGE_LIMITS.maxBytes, files, options);
      } finally {
        await pool.close();
      }
    });
  pdq
    .command("match")
    .description("Read hashes on standard input; print QUERY_HASH,LIST_HASH,DISTANCE per match")
    .requiredOption("--list <file>", "hashes to match against: HASH or HASH,QUALITY[,…] per line")
    .option(
      "--threshold <bits>",
      "largest distance that matches",
      parseWhole(0, 256),
      DEFAULT_MATCH_THRESHOLD,
    )
    .option(
      "--min-quality <q>",
      "ignore hashes of lower quality",
      parseWhole(0, 100),
      DEFAULT_MIN_QUALITY,
    )
    .action(async (options: { list: string; threshold: number; minQuality: number }) => {
      const list = await readList(options.list, options.minQuality);
      await matchStandardInput(list, options);
    });
}

/**
 * Hashes files a few at a time (bounded memory), printing in the order given. A file that cannot
 * be read or decoded is reported on stderr and the others are still hashed; the exit code is 1.
 */
async function hashFiles(
  pool: HashPool,
  maxBytes: number,
  files: string[],
  options: HashCommandOptions,
) {
  const fingerprintFile = async (file: string) => {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new Error("not a regular file");
    // Refused before reading, so a huge file is never loaded into memory.
    if (stat.size > maxBytes) {
      throw new Error(`the file is over the limit of ${maxBytes / 1024 / 1024} MB`);
    }
    return pool.fingerprint(await fs.readFile(file), {
      preshrink: options.preshrink,
      withOrientations: options.dihedral,
      trimBorders: options.trimBorders ?? false,
    });
  };
  const window = 4;
  const pending: (Promise<Outcome<ImageFingerprint>> | undefined)[] = files
    .slice(0, window)
    .map((file) => settle(fingerprintFile(file)));
  for (const [i, file] of files.entries()) {
    const next = files[i + window];
    if (next !== undefined) pending.push(settle(fingerprintFile(next)));
    const outcome = (await pending[i])!;
    pending[i] = undefined; // let the finished fingerprint go
    if (!outcome.ok) {
      process.stderr.write(`sahabat pdq hash: ${file}: ${describeFailure(outcome.error)}\n`);
      process.exitCode = 1;
      continue;
    }
    const { pdq, quality, orientations } = outcome.value;
    const hashes = orientations ? ORIENTATIONS.map((name) => orientations[name]) : [pdq];
    for (const hash of hashes) process.stdout.write(`${hash},${quality},${file}\n`);
  }
}

/** Reads the list; a bad line stops the command, naming the file and line, before any match. */
async function readList(file: string, minQuality: number): Promise<PdqEntry[]> {
  const text = await fs.readFile(file, "utf8").catch((error: unknown) => {
    throw new Error(`--list ${file}: ${describeFailure(error)}`);
  });
  const seen = new Set<string>();
  const list: PdqEntry[] = [];
  let ignored = 0;
  for (const [n, line] of text.split("\n").entries()) {
    if (isBlankOrComment(line)) continue;
    let entry: PdqEntry;
    try {
      entry = parsePdqLine(line);
    } catch (error) {
      throw new Error(`--list ${file} line ${n + 1}: ${describeFailure(error)}`);
    }
    const hex = formatPdqHex(entry.hash);
    if (seen.has(hex)) continue; // a hash listed twice is matched once
    seen.add(hex);
    if (isMatchable(entry, minQuality)) list.push(entry);
    else ignored++;
  }
  if (ignored > 0) {
    const hashes = ignored === 1 ? "hash" : "hashes";
    process.stderr.write(
      `sahabat pdq match: ignored ${ignored} list ${hashes} of quality under ${minQuality}\n`,
    );
  }
  return list;
}

/** One output line per match, nearest first; bad input lines are reported and skipped. */
async function matchStandardInput(
  list: PdqEntry[],
  options: { threshold: number; minQuality: number },
) {
  const lines = readline.createInterface({
    input: process.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (isBlankOrComment(line)) continue;
    let query: PdqEntry;
    try {
      query = parsePdqLine(line);
    } catch (error) {
      process.stderr.write(
        `sahabat pdq match: standard input line ${n}: ${describeFailure(error)}\n`,
      );
      process.exitCode = 1;
      continue;
    }
    if (!isMatchable(query, options.minQuality)) {
      process.stderr.write(
        `sahabat pdq match: standard input line ${n}: quality ${query.quality} is under ${options.minQuality}; not matched\n`,
      );
      continue;
    }
    const queryHex = formatPdqHex(query.hash);
    for (const match of findPdqMatches(query, list, options)) {
      process.stdout.write(
        `${queryHex},${formatPdqHex(list[match.index]!.hash)},${match.distance}\n`,
      );
    }
  }
}

function isBlankOrComment(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === "" || trimmed.startsWith("#");
}

function parseWhole(min: number, max: number) {
  return (text: string) => {
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    }
    return Number(text);
  };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/** A message without stack or path noise: what failed, in words. */
function describeFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  const known: Record<string, string> = {
    ENOENT: "no such file",
    EACCES: "permission denied",
    EISDIR: "is a directory",
  };
  if (code && known[code]) return known[code];
  return error instanceof Error ? error.message : String(error);
}
