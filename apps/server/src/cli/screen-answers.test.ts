import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { screenAnswers } from "./screen-answers.ts";

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, "../../bin/sahabat.js");
const today = "2026-11-28";

const child = {
  id: "k1",
  instrumentVersion: "2026-1",
  answers: {
    "act-recruitment": "yes",
    "purpose-abuse-material": "yes",
    "ind-onl-03": "yes",
    "ctx-border-crossed": "no",
  },
  age: 12,
  ageEstimated: true,
  ageDisputed: false,
  profile: null,
};

describe("sahabat screen FILE (answers)", () => {
  it("answers one JSON line per input, in order, with the determination, explanation and indicators", () => {
    const adult = {
      ...child,
      id: 7,
      age: 30,
      ageEstimated: false,
      answers: { "act-recruitment": "yes", "purpose-forced-labour": "yes" },
      profile: "TH",
    };
    const { lines, errors } = screenAnswers(JSON.stringify([child, adult]), today);
    expect(errors).toEqual([]);
    const [c, a] = lines.map((l) => JSON.parse(l));
    expect(Object.keys(c)).toEqual([
      "id",
      "instrumentVersion",
      "determination",
      "missingElements",
      "national",
      "explanation",
      "indicators",
      "otherHarms",
      "elements",
    ]);
    expect(c).toMatchObject({
      id: "k1",
      determination: "presumed_victim",
      missingElements: [],
      national: null,
      indicators: [expect.objectContaining({ id: "ONL-03" })],
      otherHarms: [expect.objectContaining({ code: "sexual_abuse" })],
    });
    expect(c.explanation.map((l: { code: string }) => l.code)).toContain("movement.not_required");
    expect(a).toMatchObject({
      id: "7",
      determination: "possible_victim",
      missingElements: ["means"],
      national: { country: "TH" },
    });
  });

  it("reads JSON lines and reports each bad input with every refused field, without stopping", () => {
    const text = [
      JSON.stringify(child),
      "{not json",
      JSON.stringify({ ...child, id: "v", instrumentVersion: "1999-1" }),
      JSON.stringify({
        ...child,
        id: "q",
        answers: { "act-teleport": "yes", "act-receipt": "maybe" },
      }),
      JSON.stringify({
        ...child,
        id: "d",
        age: 12,
        ageEstimated: false,
        dateOfBirth: "2001-02-03",
      }),
      JSON.stringify({ ...child, id: "t", age: "twelve" }),
      JSON.stringify({ ...child, id: "ok2", dateOfBirth: "2014-06-01" }),
    ].join("\n");
    const { lines, errors } = screenAnswers(text, today);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(["k1", "ok2"]);
    expect(errors).toEqual([
      "input 2: object: not valid JSON",
      expect.stringMatching(/^input 3: instrumentVersion: no instrument version "1999-1"/),
      expect.stringMatching(/^input 4: answers\.act-teleport: .*; answers\.act-receipt: /),
      expect.stringMatching(
        /^input 5: age: The stated age 12 contradicts the date of birth \(25 on 2026-11-28\)/,
      ),
      expect.stringMatching(/^input 6: age/),
    ]);
  });

  it("runs as a command: prints the lines and exits 1 when an input was refused; usage errors exit 2", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-answers-"));
    const file = path.join(dir, "answers.json");
    fs.writeFileSync(file, JSON.stringify([child, { ...child, id: "bad", answers: { x: "yes" } }]));
    const result = await run("node", [cli, "screen", file, "--today", today]).catch((e) => e);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout.trim())).toMatchObject({
      id: "k1",
      determination: "presumed_victim",
    });
    expect(result.stderr).toMatch(/sahabat screen: input 2: answers\.x: No question "x"/);
    const usage = await run("node", [cli, "screen"]).catch((e) => e);
    expect(usage.code).toBe(2);
    fs.writeFileSync(file, "[{not json");
    const broken = await run("node", [cli, "screen", file]).catch((e) => e);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^sahabat screen: .*answers\.json: /);
    expect(broken.stderr).not.toMatch(/at .*\.ts/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
