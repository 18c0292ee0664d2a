import fs from "node:fs";
import readline from "node:readline";
import type { Command } from "commander";
import { AdvertInput, publicView, screenAdvertForNode } from "../ad-screenings/index.ts";

/*
 * `sahabat ads screen ads.jsonl`: recruitment adverts screened for trafficking indicators, one
 * JSON line in, one JSON line out, in order. A stable contract: scripts and other agencies read
 * it. A bad line is reported on stderr with its line number and has no output line; the other
 * lines are still screened and the command then exits 1. The database is not used.
 */

/** Screens one input line; returns its output line, or the error naming the field. */
export function screenAdvertLine(line: string): { output: string } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: "not valid JSON" };
  }
  const parsed = AdvertInput.safeParse(raw);
  if (!parsed.success)
    return {
      error: parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "advert"}: ${issue.message}`)
        .join("; "),
    };
  try {
    return { output: JSON.stringify(publicView(screenAdvertForNode(parsed.data))) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Screens JSON lines from a stream, writing results and errors as they come; true when all passed. */
export async function screenAdvertStream(
  input: NodeJS.ReadableStream,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<boolean> {
  let number = 0;
  let isClean = true;
  for await (const line of readline.createInterface({
    input,
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    number++;
    if (line.trim() === "") continue;
    const result = screenAdvertLine(line);
    if ("output" in result) out(result.output);
    else {
      err(`sahabat ads screen: line ${number}: ${result.error}`);
      isClean = false;
    }
  }
  return isClean;
}

/** ads screen FILE */
export function registerAdsCommands(program: Command) {
  const ads = program.command("ads").description("Recruitment adverts: trafficking indicators");
  ads
    .command("screen")
    .description(
      "Screen adverts (JSON lines {id, text, lang?}); one JSON line per advert with every indicator",
    )
    .argument("<file>", "JSON lines file ('-' for standard input)")
    .action(async (file: string) => {
      const input = file === "-" ? process.stdin : fs.createReadStream(file);
      try {
        const isClean = await screenAdvertStream(
          input,
          (line) => process.stdout.write(`${line}\n`),
          (line) => process.stderr.write(`${line}\n`),
        );
        if (!isClean) process.exitCode = 1;
      } catch (e) {
        const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        process.stderr.write(`sahabat ads screen: ${file}: ${reason}\n`);
        process.exitCode = 1;
      }
    });
}
