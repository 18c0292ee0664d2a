import fs from "node:fs";
import { evaluateElements, nationalProfiles } from "@sahabat/screening";
import type { Command } from "commander";
import { ElementObject } from "../screening/index.ts";
import { invalidJson, readInputs } from "./json-inputs.ts";
import { screenAnswers } from "./screen-answers.ts";

/*
 * `sahabat screen --elements FILE` (answers: `sahabat screen FILE`, screen-answers.ts): the element-level contract for analysts and batch review of
 * past cases. Input: a JSON array, or JSON lines, of element objects. Output: one JSON line per
 * input, in order. A malformed input is reported on stderr with its position and the command
 * exits 1 after the rest (no output line for it). The database is not used.
 */
/** Evaluates element objects; returns the output lines and the errors. */
export function screenElements(text: string): { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  readInputs(text).forEach((raw, i) => {
    if (raw === invalidJson) {
      errors.push(`input ${i + 1}: object: not valid JSON`);
      return;
    }
    const parsed = ElementObject.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push(
        `input ${i + 1}: ${issue?.path.join(".") || "object"}: ${issue?.message ?? "invalid"}`,
      );
      return;
    }
    const input = parsed.data;
    const profile = input.profile ? nationalProfiles[input.profile] : null;
    if (input.profile && !profile) {
      errors.push(
        `input ${i + 1}: profile: no national profile "${input.profile}" (have ${Object.keys(nationalProfiles).join(", ")})`,
      );
      return;
    }
    const r = evaluateElements(input, profile ?? null);
    lines.push(
      JSON.stringify({
        id: r.id,
        determination: r.determination,
        missingElements: r.missingElements,
        national: r.national,
        explanation: r.explanation,
      }),
    );
  });
  return { lines, errors };
}

/** screen --elements FILE, and screen FILE (answers to the instrument). */
export function registerScreenCommands(program: Command) {
  program
    .command("screen")
    .description(
      "Screen for trafficking against the international definition (and a national profile)",
    )
    .argument("[file]", "JSON array or JSON lines of answer objects ('-' for standard input)")
    .option(
      "--elements <file>",
      "JSON array or JSON lines of element objects ('-' for standard input)",
    )
    .option("--today <date>", "the date ages are checked on (YYYY-MM-DD; default today, UTC)")
    .action((file: string | undefined, options: { elements?: string; today?: string }) => {
      const source = options.elements ?? file;
      if (!source || (options.elements && file)) {
        process.stderr.write("sahabat screen: give either --elements FILE or an answers FILE\n");
        process.exitCode = 2;
        return;
      }
      if (options.today && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
        process.stderr.write("sahabat screen: --today: expected YYYY-MM-DD\n");
        process.exitCode = 2;
        return;
      }
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      let result: { lines: string[]; errors: string[] };
      try {
        const text = fs.readFileSync(source === "-" ? 0 : source, "utf8");
        result = options.elements ? screenElements(text) : screenAnswers(text, today);
      } catch (e) {
        // An unreadable file or a JSON array that does not parse: nothing can be screened.
        const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        process.stderr.write(`sahabat screen: ${source}: ${reason}\n`);
        process.exitCode = 1;
        return;
      }
      const { lines, errors } = result;
      if (lines.length) process.stdout.write(`${lines.join("\n")}\n`);
      for (const e of errors) process.stderr.write(`sahabat screen: ${e}\n`);
      if (errors.length) process.exitCode = 1;
    });
}
