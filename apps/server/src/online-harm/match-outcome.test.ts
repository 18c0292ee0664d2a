import { describe, expect, it } from "vitest";
import type { VisibleHit, VisibleHits } from "../hash-lists/index.ts";
import { decideMatches, type UploadQuery } from "./match-outcome.ts";

const list = (id: string, isVerified: boolean) =>
  ({ id, is_verified: isVerified }) as unknown as VisibleHit["list"];
const hit = (entryId: string, listId: string, isVerified: boolean, distance = 0): VisibleHit =>
  ({
    entryId,
    listId,
    distance,
    isQuarantined: false,
    list: list(listId, isVerified),
  }) as unknown as VisibleHit;
const sha256: UploadQuery = { type: "sha256", value: "a", hash: null, variant: "original" };
const pdq: UploadQuery = { type: "pdq", value: "b", hash: null, variant: "original" };
const found = (...hits: VisibleHit[][]): VisibleHits[] =>
  hits.map((h) => ({ hits: h, isSuppressed: false }));

describe("what an upload's hits mean", () => {
  it("sends a perceptual hit to review", () => {
    const matches = decideMatches([pdq], found([hit("e1", "L", true, 4)]));
    expect(matches.map((m) => [m.entryId, m.kind, m.status])).toEqual([
      ["e1", "perceptual", "review"],
    ]);
  });

  it("does not ask for review of what an exact hit on the same verified list settled", () => {
    const matches = decideMatches(
      [sha256, pdq],
      found([hit("e1", "L", true)], [hit("e2", "L", true, 0), hit("e3", "M", true, 6)]),
    );
    expect(matches.map((m) => [m.entryId, m.kind, m.status])).toEqual([
      ["e1", "exact", "known_material"],
      ["e2", "perceptual", "known_material"],
      ["e3", "perceptual", "review"],
    ]);
  });

  it("leaves perceptual hits for review when the exact hit's list is unverified", () => {
    const matches = decideMatches(
      [sha256, pdq],
      found([hit("e1", "L", false)], [hit("e2", "L", false)]),
    );
    expect(matches.map((m) => m.status)).toEqual(["review", "review"]);
  });
});
