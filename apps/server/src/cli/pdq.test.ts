import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hammingDistance, parsePdqHex } from "@sahabat/pdq";
import { afterAll, describe, expect, it } from "vitest";

/*
 * The `sahabat pdq` contract, run as a user runs it: a child process, standard streams and the
 * exit code. Expected hashes are the published ones (shared/reference/pdq/expected-hashes.csv).
 */

const cli = path.resolve(import.meta.dirname, "../../bin/sahabat.js");
const data = path.resolve(import.meta.dirname, "../../../../../shared/reference/pdq/data");
const bridge = path.join(data, "bridge-mods/aaa-orig.jpg");
const dih = path.join(data, "reg-test-input/dih/bridge-1-original.jpg");
const pen = path.join(data, "reg-test-input/pen-and-coaster.png");
// Published for aaa-orig.jpg: the WASM build (nn512) and python-threatexchange (no pre-shrink).
const BRIDGE_NN512 = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";
const BRIDGE_NONE = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

function sahabat(
  args: string[],
  input = "",
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("node", [cli, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("sahabat pdq (child process)", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-pdq-"));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("hash prints HASH,QUALITY,FILE in order, reports bad files and exits 1", async () => {
    const notImage = path.join(data, "../SHA256SUMS");
    const missing = path.join(work, "missing.jpg");
    const [mixed, none, dihedral] = await Promise.all([
      sahabat(["pdq", "hash", bridge, missing, pen, notImage, dih]),
      sahabat(["pdq", "hash", "--preshrink", "none", bridge]),
      sahabat(["pdq", "hash", "--dihedral", dih]),
    ]);
    console.log(`pdq hash stdout:\n${mixed.stdout}pdq hash stderr:\n${mixed.stderr}`);
    const lines = mixed.stdout.trim().split("\n");
    expect(lines.map((line) => line.split(",").slice(2).join(","))).toEqual([bridge, pen, dih]);
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64},\d{1,3},/);
    expect(lines[0]).toBe(`${BRIDGE_NN512},100,${bridge}`);
    expect(mixed.stderr).toContain(`sahabat pdq hash: ${missing}: no such file`);
    expect(mixed.stderr).toContain(
      `sahabat pdq hash: ${notImage}: The file is not an image we can read`,
    );
    expect(mixed.code).toBe(1);

    expect(none).toMatchObject({ code: 0, stdout: `${BRIDGE_NONE},100,${bridge}\n`, stderr: "" });
    const variants = dihedral.stdout.trim().split("\n");
    expect(variants).toHaveLength(8);
    expect(new Set(variants.map((line) => line.slice(0, 64))).size).toBe(8);
    expect(dihedral.code).toBe(0);
  });

  it("hash --trim-borders hashes the letterboxed bridge as python-threatexchange's unletterbox does", async () => {
    const letterboxed = path.join(data, "pytx-resources/letterboxed_sample-b.jpg");
    const [plain, trimmed] = await Promise.all([
      sahabat(["pdq", "hash", "--preshrink", "none", letterboxed]),
      sahabat(["pdq", "hash", "--preshrink", "none", "--trim-borders", letterboxed]),
    ]);
    expect([plain.code, trimmed.code]).toEqual([0, 0]);
    // Published for unletterbox --black-threshold=25: the bridge's own hash (BRIDGE_NONE).
    const distance = (line: string) =>
      hammingDistance(parsePdqHex(line.slice(0, 64)), parsePdqHex(BRIDGE_NONE));
    console.log(
      `letterboxed bridge: ${distance(plain.stdout)} bits untrimmed, ${distance(trimmed.stdout)} trimmed`,
    );
    expect(distance(trimmed.stdout)).toBeLessThanOrEqual(10);
    expect(distance(plain.stdout)).toBeGreaterThan(31);
    expect(trimmed.stdout.trim()).toMatch(/^[0-9a-f]{64},100,.*letterboxed_sample-b\.jpg$/);
  });

  it("match prints QUERY_HASH,LIST_HASH,DISTANCE, skips bad lines and exits 1", async () => {
    const list = path.join(work, "list.csv");
    const near = `${BRIDGE_NONE},100,a file, with a comma.jpg`;
    fs.writeFileSync(list, `# known items\n${BRIDGE_NN512}\n${near}\n${"0".repeat(64)},10\n`);
    const badList = path.join(work, "bad-list.txt");
    fs.writeFileSync(badList, `${BRIDGE_NN512}\n${BRIDGE_NN512.slice(0, 60)}zzzz\n`);
    const penHash = "f".repeat(64);
    const stdin = [
      `${BRIDGE_NN512},100,${bridge}`,
      "not-a-hash",
      "",
      `${penHash},100,${pen}`,
      `${BRIDGE_NONE.toUpperCase()}`,
      `${BRIDGE_NN512},12,low-quality.jpg`,
    ].join("\n");
    const [match, strict, bad, usage] = await Promise.all([
      sahabat(["pdq", "match", "--list", list], stdin),
      sahabat(
        ["pdq", "match", "--list", list, "--threshold", "0", "--min-quality", "0"],
        `${BRIDGE_NN512}\n`,
      ),
      sahabat(["pdq", "match", "--list", badList], `${BRIDGE_NN512}\n`),
      sahabat(["pdq", "match", "--list", list, "--threshold", "257"]),
    ]);
    console.log(`pdq match stdout:\n${match.stdout}pdq match stderr:\n${match.stderr}`);
    const d = 6; // published distance between the two bridge hashes (nn512 vs none)
    expect(match.stdout).toBe(
      [
        `${BRIDGE_NN512},${BRIDGE_NN512},0`,
        `${BRIDGE_NN512},${BRIDGE_NONE},${d}`,
        `${BRIDGE_NONE},${BRIDGE_NONE},0`,
        `${BRIDGE_NONE},${BRIDGE_NN512},${d}`,
        "",
      ].join("\n"),
    );
    expect(match.stderr).toContain("ignored 1 list hash of quality under 50");
    expect(match.stderr).toContain(
      "standard input line 2: a PDQ hash is 64 hexadecimal characters, got 10",
    );
    expect(match.stderr).toContain("standard input line 6: quality 12 is under 50; not matched");
    expect(match.code).toBe(1);

    expect(strict).toMatchObject({ code: 0, stdout: `${BRIDGE_NN512},${BRIDGE_NN512},0\n` });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain(
      `--list ${badList} line 2: character "z" at position 61 is not hexadecimal`,
    );
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--threshold <bits>' argument '257' is invalid/);
  });
});
