import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, "../../bin/sahabat.js");

/*
 * The `sahabat link` contract, through the real command: output formats, and every kind of bad
 * input named by line and column with no output written.
 */

const columns = `id: person_id
given: first
family: last
dob: { column: born, format: DD/MM/YYYY }
sex: sex
phone: [phone1, phone2]
address: [house, street]
locality: town
`;

const header = "person_id, first, last, born, sex, phone1, phone2, house, street, town, person";
const rows = [
  "r1, Somchai, Jaidee, 07/03/2011, m, 0812345678, , 12, Moo 4, Chiang Rai, P1",
  "r2, Somchai, Jaidee, 07/03/2011, m, +66 81 234 5678, , 12, Moo 4, Chiang Rai, P1",
  "r3, Somchay, Jaidee, 07/03/2011, male, , , , , Chiang Rai, P1",
  "r4, Nguyen, Thi Dao, 01/01/2012, f, , , 3, Le Loi, Hue, P2",
  "r5, Dao, Nguyen Thi, 01/01/2012, f, , , 3, Le Loi, Hue, P2",
  "r6, Aung, Kyaw, 15/06/2010, m, , , , , Yangon, P3",
  "r7, Maria, Santos, 22/09/2013, f, , , 5, Rizal St, Manila, P4",
];

let dir: string;
function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function sahabat(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-link-"));
  write("columns.yaml", columns);
  write("persons.csv", `${[header, ...rows].join("\n")}\n`);
});

describe("sahabat link dedupe", () => {
  it("writes every scored candidate pair with the contract's header, and clusters", async () => {
    const result = await sahabat([
      "link",
      "dedupe",
      "persons.csv",
      "--map",
      "columns.yaml",
      "--out",
      "pairs.csv",
      "--clusters",
      "clusters.csv",
      "--save-model",
      "model.json",
      "--country",
      "TH",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = fs.readFileSync(path.join(dir, "pairs.csv"), "utf8").trim().split("\n");
    const head = (lines[0] as string).split(",");
    expect(head.slice(0, 4)).toEqual([
      "record_id_a",
      "record_id_b",
      "match_probability",
      "match_weight",
    ]);
    expect(head.slice(4, 8)).toEqual([
      "given_level",
      "given_weight",
      "family_level",
      "family_weight",
    ]);
    expect(head.length % 2).toBe(0);
    const pairs = lines.slice(1).map((l) => l.split(","));
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) {
      expect(p.length).toBe(head.length);
      const probability = Number(p[2]);
      expect(probability).toBeGreaterThanOrEqual(0);
      expect(probability).toBeLessThanOrEqual(1);
      // The row's weight is the sum of the prior and the per-field weights.
      const model = JSON.parse(fs.readFileSync(path.join(dir, "model.json"), "utf8"));
      const prior = Math.log2(model.prior / (1 - model.prior));
      const fieldSum = p
        .slice(5)
        .filter((_, i) => i % 2 === 0)
        .reduce((s, w) => s + Number(w), 0);
      expect(Number(p[3])).toBeCloseTo(prior + fieldSum, 2);
    }
    // Best first, and the two registrations of r1/r2 (same phone in two spellings) are the best pair.
    const weights = pairs.map((p) => Number(p[3]));
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(new Set([pairs[0]?.[0], pairs[0]?.[1]])).toEqual(new Set(["r1", "r2"]));
    const clusters = fs.readFileSync(path.join(dir, "clusters.csv"), "utf8").trim().split("\n");
    expect(clusters[0]).toBe("cluster_id,record_id,cluster_size,cluster_density");
    expect(clusters.length - 1).toBe(rows.length);
  });

  it("scores with a saved model, and names the model version it used", async () => {
    const result = await sahabat([
      "link",
      "dedupe",
      "persons.csv",
      "--map",
      "columns.yaml",
      "--model",
      "model.json",
      "--out",
      "again.csv",
      "--country",
      "TH",
    ]);
    expect(result.code).toBe(0);
    const version = JSON.parse(fs.readFileSync(path.join(dir, "model.json"), "utf8")).version;
    expect(result.stdout).toContain(`model ${version}`);
    expect(fs.readFileSync(path.join(dir, "again.csv"), "utf8")).toBe(
      fs.readFileSync(path.join(dir, "pairs.csv"), "utf8"),
    );
  });
});

describe("sahabat link evaluate", () => {
  it("prints precision and recall against a truth column", async () => {
    const result = await sahabat([
      "link",
      "evaluate",
      "persons.csv",
      "--map",
      "columns.yaml",
      "--truth",
      "person",
      "--threshold",
      "0.5",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^true pairs: 4$/m);
    expect(result.stdout).toMatch(/^precision: [01]\.\d{4}$/m);
    expect(result.stdout).toMatch(/^recall: [01]\.\d{4}$/m);
  });
});

describe("sahabat link pair", () => {
  it("links two files and writes pairs across them only", async () => {
    write("a.csv", `${[header, rows[0], rows[3], rows[5]].join("\n")}\n`);
    write("b.csv", `${[header, rows[2], rows[4], rows[6]].join("\n")}\n`);
    const result = await sahabat([
      "link",
      "pair",
      "a.csv",
      "b.csv",
      "--map",
      "columns.yaml",
      "--out",
      "ab.csv",
    ]);
    expect(result.code).toBe(0);
    const pairs = fs.readFileSync(path.join(dir, "ab.csv"), "utf8").trim().split("\n").slice(1);
    for (const line of pairs) {
      const [a, b] = line.split(",");
      expect(["r1", "r4", "r6"]).toContain(a);
      expect(["r3", "r5", "r7"]).toContain(b);
    }
  });
});

describe("bad input: a clear error naming line and column, and no output", () => {
  const cases: [string, () => string[], RegExp][] = [
    [
      "a file in the wrong encoding",
      () => {
        write(
          "latin1.csv",
          Buffer.concat([
            Buffer.from(`${header}\n`),
            Buffer.from("r1, Ren\xe9, X, 01/02/2010, f, , , , , T, P\n", "latin1"),
          ]),
        );
        return ["link", "dedupe", "latin1.csv", "--map", "columns.yaml", "--out", "out.csv"];
      },
      /latin1\.csv: line 2: byte 0xe9 is not UTF-8/,
    ],
    [
      "a mapped column missing from the header",
      () => {
        write("nocol.csv", "person_id, first\nr1, A\n");
        return ["link", "dedupe", "nocol.csv", "--map", "columns.yaml", "--out", "out.csv"];
      },
      /nocol\.csv: line 1: column "last" is mapped but not in the header/,
    ],
    [
      "duplicate ids",
      () => {
        write("dup.csv", `${[header, rows[0], rows[1], rows[0]].join("\n")}\n`);
        return ["link", "dedupe", "dup.csv", "--map", "columns.yaml", "--out", "out.csv"];
      },
      /dup\.csv: line 4, column "person_id": duplicate id \(first on line 2\)/,
    ],
    [
      "a row with too many fields",
      () => {
        write("wide.csv", `${[header, rows[0], `${rows[1]}, extra`].join("\n")}\n`);
        return ["link", "dedupe", "wide.csv", "--map", "columns.yaml", "--out", "out.csv"];
      },
      /wide\.csv: line 3: .*(column|record)/i,
    ],
    [
      "a date that does not read in the mapped format",
      () => {
        write(
          "date.csv",
          `${[header, rows[0], (rows[1] as string).replace("07/03/2011", "2011-03-07")].join("\n")}\n`,
        );
        return ["link", "dedupe", "date.csv", "--map", "columns.yaml", "--out", "out.csv"];
      },
      /date\.csv: line 3, column "born": "2011-03-07" does not read as a date/,
    ],
    [
      "a column map with an unknown key",
      () => {
        write("bad.yaml", "id: person_id\nsurname: last\n");
        return ["link", "dedupe", "persons.csv", "--map", "bad.yaml", "--out", "out.csv"];
      },
      /bad\.yaml: .*surname/,
    ],
    [
      "a model file failing its schema",
      () => {
        write("model-bad.json", JSON.stringify({ format: "sahabat-linkage-model/1", prior: 2 }));
        return [
          "link",
          "dedupe",
          "persons.csv",
          "--map",
          "columns.yaml",
          "--model",
          "model-bad.json",
          "--out",
          "out.csv",
        ];
      },
      /model-bad\.json: the model file is not valid: .*prior/,
    ],
    [
      "a model file whose parameters were edited",
      () => {
        const model = JSON.parse(fs.readFileSync(path.join(dir, "model.json"), "utf8"));
        model.prior = 0.25;
        write("model-edited.json", JSON.stringify(model));
        return [
          "link",
          "dedupe",
          "persons.csv",
          "--map",
          "columns.yaml",
          "--model",
          "model-edited.json",
          "--out",
          "out.csv",
        ];
      },
      /does not match its parameters/,
    ],
  ];
  for (const [name, setUp, message] of cases)
    it(name, async () => {
      fs.rmSync(path.join(dir, "out.csv"), { force: true });
      const result = await sahabat(setUp());
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(fs.existsSync(path.join(dir, "out.csv"))).toBe(false);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".partial"))).toEqual([]);
    });
});
