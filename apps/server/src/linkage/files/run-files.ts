import fs from "node:fs";
import path from "node:path";
import {
  clusterPairs,
  type Model,
  pairAccuracy,
  pairCompleteness,
  parseModel,
  type RunResult,
  runDedupe,
  runLink,
  truePairKeys,
} from "@sahabat/linkage";
import { InputFileError, parseColumnMap } from "./column-map.ts";
import { type ReadResult, readPersonCsv } from "./read-records.ts";
import { clustersCsvLines, pairsCsvLines } from "./write-results.ts";

/*
 * What `sahabat link` does with files: read and check everything first, link in memory (no
 * database), then write each output to a temporary file renamed into place, so a failed run leaves
 * no partial output.
 */

export interface LinkFileOptions {
  files: string[];
  map: string;
  /** A second column map for the second file of `pair` (default: the same map). */
  mapB?: string | undefined;
  out?: string | undefined;
  clusters?: string | undefined;
  model?: string | undefined;
  saveModel?: string | undefined;
  threshold: number;
  seed: number;
  today: string;
  /** Country of phone numbers written without + on records without a nationality. */
  country?: string | undefined;
  truth?: string | undefined;
  truthPattern?: string | undefined;
  onProgress?: (phase: string, done: number, total: number) => void;
}

function readBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(
      `${file}: ${code === "ENOENT" ? "no such file" : `cannot read (${code ?? "error"})`}`,
    );
  }
}

function readModel(file: string): Model {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(readBytes(file)));
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(`${file}: not valid JSON`);
  }
  try {
    return parseModel(json);
  } catch (error) {
    throw new InputFileError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function writeAtomically(file: string, lines: Iterable<string>): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  const fd = fs.openSync(temporary, "w");
  try {
    let buffer = "";
    for (const line of lines) {
      buffer += `${line}\n`;
      if (buffer.length > 1 << 20) {
        fs.writeSync(fd, buffer);
        buffer = "";
      }
    }
    fs.writeSync(fd, buffer);
    fs.closeSync(fd);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

export interface LinkFilesResult {
  mode: "dedupe" | "pair";
  result: RunResult;
  inputs: ReadResult[];
}

export function linkFiles(mode: "dedupe" | "pair", options: LinkFileOptions): LinkFilesResult {
  const expected = mode === "dedupe" ? 1 : 2;
  if (options.files.length !== expected)
    throw new InputFileError(`link ${mode} takes ${expected === 1 ? "one file" : "two files"}`);
  const map = parseColumnMap(new TextDecoder().decode(readBytes(options.map)), options.map);
  const mapB = options.mapB
    ? parseColumnMap(new TextDecoder().decode(readBytes(options.mapB)), options.mapB)
    : map;
  const truthPattern = options.truthPattern ? safeRegExp(options.truthPattern) : undefined;
  const readOptions = { truthColumn: options.truth, truthPattern };
  const inputs = options.files.map((file, i) =>
    readPersonCsv(readBytes(file), i === 0 ? map : mapB, file, readOptions),
  );
  const model = options.model ? readModel(options.model) : undefined;
  const runOptions = {
    today: options.today,
    defaultCountry: options.country,
    seed: options.seed,
    threshold: options.threshold,
    model,
    onProgress: options.onProgress,
  };
  const result =
    mode === "dedupe"
      ? runDedupe((inputs[0] as ReadResult).records, runOptions)
      : runLink((inputs[0] as ReadResult).records, (inputs[1] as ReadResult).records, runOptions);
  if (options.out)
    writeAtomically(options.out, pairsCsvLines(result.model, result.records, result.pairs));
  if (options.clusters)
    writeAtomically(options.clusters, clustersCsvLines(result.records, result.clusters));
  if (options.saveModel)
    writeAtomically(options.saveModel, [JSON.stringify(result.model, null, 2)]);
  return { mode, result, inputs };
}

function safeRegExp(source: string): RegExp {
  try {
    const regex = new RegExp(source);
    if (!/\((?!\?)/.test(source)) throw new Error("it needs a capturing group");
    return regex;
  } catch (error) {
    throw new InputFileError(
      `--truth-pattern: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export interface Evaluation {
  mode: "dedupe" | "pair";
  records: number;
  truePairs: number;
  candidatePairs: number;
  reductionRatio: number;
  pairCompleteness: number;
  threshold: number;
  acceptedPairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Dedupe only: the same measured on every pair inside the clusters. */
  cluster?: { pairs: number; precision: number; recall: number; f1: number };
  estimatedPrior: number;
  truePrior: number;
  modelVersion: string;
}

export function evaluate(linked: LinkFilesResult, threshold: number): Evaluation {
  const { result, inputs, mode } = linked;
  const truth = inputs.flatMap((input) => input.truth);
  if (truth.every((t) => t === null)) throw new InputFileError("--truth: the column has no values");
  const leftCount = (inputs[0] as ReadResult).records.length;
  const trueKeys = truePairKeys(truth, mode === "pair" ? { leftCount } : undefined);
  const accuracy = pairAccuracy(result.accepted, trueKeys);
  const evaluation: Evaluation = {
    mode,
    records: result.records.length,
    truePairs: trueKeys.size,
    candidatePairs: result.stats.candidatePairs,
    reductionRatio: result.stats.reductionRatio,
    pairCompleteness: pairCompleteness(result.pairs, trueKeys),
    threshold,
    acceptedPairs: accuracy.predictedPairs,
    precision: accuracy.precision,
    recall: accuracy.recall,
    f1: accuracy.f1,
    estimatedPrior: result.model.prior,
    truePrior: result.stats.totalPairs === 0 ? 0 : trueKeys.size / result.stats.totalPairs,
    modelVersion: result.model.version,
  };
  if (mode === "dedupe") {
    const c = pairAccuracy(clusterPairs(result.clusters), trueKeys);
    evaluation.cluster = {
      pairs: c.predictedPairs,
      precision: c.precision,
      recall: c.recall,
      f1: c.f1,
    };
  }
  return evaluation;
}

export function formatEvaluation(e: Evaluation): string {
  const n = (x: number) => x.toFixed(4);
  const lines = [
    `mode: ${e.mode}`,
    `records: ${e.records}`,
    `true pairs: ${e.truePairs}`,
    `candidate pairs: ${e.candidatePairs} (reduction ratio ${n(e.reductionRatio)}, pair completeness ${n(e.pairCompleteness)})`,
    `threshold: ${e.threshold}`,
    `accepted pairs: ${e.acceptedPairs}`,
    `precision: ${n(e.precision)}`,
    `recall: ${n(e.recall)}`,
    `f1: ${n(e.f1)}`,
  ];
  if (e.cluster)
    lines.push(
      `cluster pairs: ${e.cluster.pairs} (precision ${n(e.cluster.precision)}, recall ${n(e.cluster.recall)}, f1 ${n(e.cluster.f1)})`,
    );
  lines.push(
    `prior: estimated ${e.estimatedPrior.toPrecision(3)}, true ${e.truePrior.toPrecision(3)}`,
    `model version: ${e.modelVersion}`,
  );
  return lines.join("\n");
}
