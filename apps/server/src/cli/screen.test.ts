import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { screenElements } from "./screen.ts";

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, "../../bin/sahabat.js");

const child = {
  id: "c1",
  age: 15,
  ageEstimated: true,
  ageDisputed: false,
  acts: ["recruitment"],
  means: [],
  purposes: ["sexual_exploitation"],
  unknown: [],
  consented: true,
  exploitationOccurred: false,
  borderCrossed: false,
  profile: null,
};

describe("sahabat screen --elements", () => {
  it("answers one JSON line per input, in order, with the contract's fields", () => {
    const adult = { ...child, id: "a1", age: 30, unknown: ["means"], profile: "TH" };
    const { lines, errors } = screenElements(JSON.stringify([child, adult]));
    expect(errors).toEqual([]);
    const [c, a] = lines.map((l) => JSON.parse(l));
    expect(Object.keys(c)).toEqual([
      "id",
      "determination",
      "missingElements",
      "national",
      "explanation",
    ]);
    expect(c).toMatchObject({
      id: "c1",
      determination: "presumed_victim",
      missingElements: [],
      national: null,
    });
    expect(a).toMatchObject({
      id: "a1",
      determination: "possible_victim",
      missingElements: ["means"],
      national: { country: "TH", status: "illustrative" },
    });
  });

  it("reads JSON lines, and reports each bad input by position without stopping", () => {
    const text = [
      JSON.stringify(child),
      "{not json",
      JSON.stringify({ ...child, id: "x", means: ["bribery"] }),
      JSON.stringify({ ...child, id: "y", profile: "ZZ" }),
    ].join("\n");
    const { lines, errors } = screenElements(text);
    expect(lines).toHaveLength(1);
    expect(errors).toEqual([
      expect.stringMatching(/^input 2: object/),
      expect.stringMatching(/^input 3: means\.0/),
      expect.stringMatching(/^input 4: profile/),
    ]);
  });

  it("runs as a command: prints the lines and exits 1 when an input was refused", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-screen-"));
    const file = path.join(dir, "elements.jsonl");
    fs.writeFileSync(
      file,
      `${JSON.stringify(child)}\n${JSON.stringify({ ...child, id: "bad", age: "fifteen" })}\n`,
    );
    const result = await run("node", [cli, "screen", "--elements", file]).catch((e) => e);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout.trim())).toMatchObject({
      id: "c1",
      determination: "presumed_victim",
    });
    expect(result.stderr).toMatch(/input 2: age/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
