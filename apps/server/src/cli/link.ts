import { DEFAULT_THRESHOLD } from "@sahabat/linkage";
import { SingleBar } from "cli-progress";
import { type Command, InvalidArgumentError, Option } from "commander";
import {
  evaluate,
  formatEvaluation,
  type LinkFileOptions,
  linkFiles,
} from "../linkage/files/index.ts";

/*
 * `sahabat link`: record linkage on files, without a database (a stable contract, see README
 * "Linking files").
 *   sahabat link dedupe persons.csv --map columns.yaml --out pairs.csv [--clusters clusters.csv]
 *   sahabat link pair a.csv b.csv --map columns.yaml --out pairs.csv [--clusters clusters.csv]
 *   sahabat link evaluate FILE [FILE_B] --map columns.yaml --truth COLUMN
 * A progress bar is drawn on stderr when it is a terminal; nothing of the records is printed.
 */

function probabilityOption(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n >= 1)
    throw new InvalidArgumentError("a probability between 0 and 1");
  return n;
}

function integerOption(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError("an integer");
  return n;
}

function countryOption(value: string): string {
  if (!/^[A-Za-z]{2}$/.test(value))
    throw new InvalidArgumentError("an ISO 3166-1 alpha-2 code, e.g. TH");
  return value.toUpperCase();
}

function dateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError("a date YYYY-MM-DD");
  return value;
}

interface CommonFlags {
  map: string;
  mapB?: string;
  out?: string;
  clusters?: string;
  model?: string;
  saveModel?: string;
  threshold: number;
  seed: number;
  today?: string;
  country?: string;
  truth?: string;
  truthPattern?: string;
}

function progressReporter(): { onProgress?: LinkFileOptions["onProgress"]; stop: () => void } {
  if (!process.stderr.isTTY) return { stop: () => {} };
  const bar = new SingleBar({
    format: "{phase} [{bar}] {value}",
    stream: process.stderr,
    hideCursor: true,
  });
  let started = false;
  return {
    onProgress: (phase, done, total) => {
      if (!started) {
        bar.start(Math.max(total, 1), done, { phase });
        started = true;
      }
      if (total > 0) bar.setTotal(total);
      bar.update(done, { phase });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function withCommonOptions(command: Command): Command {
  return command
    .requiredOption("--map <columns.yaml>", "which column holds which person field")
    .option("--map-b <columns.yaml>", "a different column map for the second file (pair)")
    .option("--clusters <file>", "also write the clusters as CSV")
    .option(
      "--model <model.json>",
      "score with this trained model instead of training on the input",
    )
    .option("--save-model <model.json>", "write the trained model (a versioned JSON document)")
    .addOption(
      new Option("--threshold <probability>", "accept pairs at or above this match probability")
        .argParser(probabilityOption)
        .default(DEFAULT_THRESHOLD),
    )
    .addOption(
      new Option("--seed <n>", "seed of the random pair sample used in training")
        .argParser(integerOption)
        .default(1),
    )
    .addOption(
      new Option("--today <YYYY-MM-DD>", "date that places ages recorded without a date").argParser(
        dateOption,
      ),
    )
    .addOption(
      new Option(
        "--country <XX>",
        "country (ISO alpha-2) of phone numbers written without + on records without a nationality",
      ).argParser(countryOption),
    );
}

function run(mode: "dedupe" | "pair", files: string[], flags: CommonFlags) {
  const progress = progressReporter();
  try {
    return linkFiles(mode, {
      files,
      map: flags.map,
      mapB: flags.mapB,
      out: flags.out,
      clusters: flags.clusters,
      model: flags.model,
      saveModel: flags.saveModel,
      threshold: flags.threshold,
      seed: flags.seed,
      today: flags.today ?? new Date().toISOString().slice(0, 10),
      country: flags.country,
      truth: flags.truth,
      truthPattern: flags.truthPattern,
      onProgress: progress.onProgress,
    });
  } finally {
    progress.stop();
  }
}

function summary(mode: string, linked: ReturnType<typeof linkFiles>): string {
  const { stats, accepted, clusters, model } = linked.result;
  const multi = clusters.filter((c) => c.members.length > 1).length;
  return `${mode}: ${linked.result.records.length} records, ${stats.candidatePairs} candidate pairs scored (reduction ratio ${stats.reductionRatio.toFixed(4)}), ${accepted.length} accepted, ${multi} clusters of 2 or more, model ${model.version}\n`;
}

export function registerLinkCommands(program: Command): void {
  const link = program
    .command("link")
    .description("link person records in CSV files (no database needed)");

  withCommonOptions(
    link
      .command("dedupe")
      .description("score candidate duplicate pairs within one file")
      .argument("<persons.csv>")
      .requiredOption("--out <pairs.csv>", "write every scored candidate pair here"),
  ).action((file: string, flags: CommonFlags) => {
    process.stdout.write(summary("dedupe", run("dedupe", [file], flags)));
  });

  withCommonOptions(
    link
      .command("pair")
      .description("score candidate pairs between two files")
      .argument("<a.csv>")
      .argument("<b.csv>")
      .requiredOption("--out <pairs.csv>", "write every scored candidate pair here"),
  ).action((a: string, b: string, flags: CommonFlags) => {
    process.stdout.write(summary("pair", run("pair", [a, b], flags)));
  });

  withCommonOptions(
    link
      .command("evaluate")
      .description(
        "link one file (dedupe) or two (pair) and print precision and recall against a truth column",
      )
      .argument("<file>")
      .argument("[file_b]")
      .requiredOption(
        "--truth <column>",
        "column identifying the true person (used only to measure)",
      )
      .option(
        "--truth-pattern <regex>",
        "take the person from the first group of this pattern (e.g. '^rec-(\\d+)')",
      )
      .option("--out <pairs.csv>", "also write the scored pairs"),
  ).action((file: string, fileB: string | undefined, flags: CommonFlags) => {
    const mode = fileB ? "pair" : "dedupe";
    const linked = run(mode, fileB ? [file, fileB] : [file], flags);
    process.stdout.write(`${formatEvaluation(evaluate(linked, flags.threshold))}\n`);
  });
}
