import fs from "node:fs";
import { evaluateElements, nationalProfiles } from "@sahabat/screening";
import type { Command } from "commander";
import { ElementObject } from "../screening/index.ts";

/*
 * `sahabat screen --elements FILE`: the element-level contract for analysts and batch review of
 * past cases. Input: a JSON array, or JSON lines, of element objects. Output: one JSON line per
 * input, in order. A malformed input is reported on stderr with its position and the command
 * exits 1 after the rest (no output line for it). The database is not used.
 */
const invalidJson = Symbol("invalid JSON");

function readInputs(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    const parsed: unknown = JSON.parse(trimmed);
    if (!Array.isArray(parsed)) throw new Error("expected a JSON array");
    return parsed;
  }
  return trimmed
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return invalidJson;
      }
    });
}

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

/** screen --elements. */
export function registerScreenCommands(program: Command) {
  program
    .command("screen")
    .description(
      "Screen for trafficking against the international definition (and a national profile)",
    )
    .requiredOption(
      "--elements <file>",
      "JSON array or JSON lines of element objects ('-' for standard input)",
    )
    .action((options: { elements: string }) => {
      const text = fs.readFileSync(options.elements === "-" ? 0 : options.elements, "utf8");
      const { lines, errors } = screenElements(text);
      if (lines.length) process.stdout.write(`${lines.join("\n")}\n`);
      for (const e of errors) process.stderr.write(`sahabat screen: ${e}\n`);
      if (errors.length) process.exitCode = 1;
    });
}
