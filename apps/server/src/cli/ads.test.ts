import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, "../../bin/sahabat.js");

const lines = [
  JSON.stringify({
    id: "a1",
    text: "Data entry in Cambodia, USD 1,500/month, no experience needed. Telegram @kh_jobs_hr",
  }),
  "not json",
  JSON.stringify({ id: "a3", text: "x", colour: "red" }),
  "",
  JSON.stringify({ id: "a5", text: "Kitchen helper in Chiang Mai, 12,000 baht.", lang: "en" }),
  JSON.stringify({ id: "a6", text: "x".repeat(20_001) }),
];

describe("sahabat ads screen", () => {
  it("prints one JSON line per good advert in order, names each bad line, and exits 1", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-ads-"));
    const file = path.join(dir, "ads.jsonl");
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    const error = await run("node", [cli, "ads", "screen", file]).catch((e) => e);
    fs.rmSync(dir, { recursive: true });
    expect(error.code).toBe(1);
    const out = (error.stdout as string)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a1", "a5"]);
    expect(Object.keys(out[0]).slice(0, 5)).toEqual([
      "id",
      "flagged",
      "score",
      "lang",
      "indicators",
    ]);
    expect(Object.keys(out[0].indicators[0]).slice(0, 5)).toEqual([
      "category",
      "phrase",
      "start",
      "end",
      "weight",
    ]);
    expect(out[0]).toMatchObject({ flagged: true, lang: "en" });
    expect(out[0].selectors[0]).toMatchObject({ canonical: "telegram:kh_jobs_hr", valid: true });
    expect(out[1]).toMatchObject({ flagged: false, score: 0, indicators: [] });
    expect((error.stderr as string).trim().split("\n")).toEqual([
      "sahabat ads screen: line 2: not valid JSON",
      'sahabat ads screen: line 3: advert: Unrecognized key: "colour"',
      "sahabat ads screen: line 6: text: At most 20000 characters",
    ]);
  });

  it("exits 0 when every advert was screened, reading standard input with -", async () => {
    const child = execFile("node", [cli, "ads", "screen", "-"]);
    child.stdin?.end(`${lines[0]}\n`);
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
  });

  it("names a file it cannot read", async () => {
    const error = await run("node", [cli, "ads", "screen", "/nonexistent/ads.jsonl"]).catch(
      (e) => e,
    );
    expect(error.code).toBe(1);
    expect(error.stderr).toContain("sahabat ads screen: /nonexistent/ads.jsonl: ENOENT");
  });
});
