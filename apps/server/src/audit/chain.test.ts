import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  genesisHash,
  hashEntry,
  isChainPositionMacValid,
  macChainPosition,
} from "./chain.ts";

const seed = Date.now() % 2 ** 31;
// The seed is printed so a failing property can be replayed with the same inputs.
console.log(`fast-check seed for chain.test.ts: ${seed}`);

const entry = {
  seq: 1,
  occurredAt: new Date("2026-11-28T10:00:00.000Z"),
  actorUserId: null,
  actorOrganisationId: null,
  action: "user.create",
  resourceType: "user",
  resourceId: "b6f0c1de-0000-4000-8000-000000000001",
  organisationId: null,
  purpose: null,
  clientAddress: "127.0.0.1",
  requestId: null,
  outcome: "ok",
  details: { role: "caseworker" },
};

describe("canonical JSON", () => {
  it("does not depend on key order, at any depth", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
      { seed },
    );
  });

  it("round-trips: parsing it gives back an equal value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(
          JSON.parse(JSON.stringify(value) ?? "null"),
        );
      }),
      { seed },
    );
  });
});

describe("entry hash", () => {
  it("changes when any field or the previous hash changes", () => {
    const base = hashEntry(genesisHash, entry);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEntry("1".repeat(64), entry)).not.toBe(base);
    expect(hashEntry(genesisHash, { ...entry, seq: 2 })).not.toBe(base);
    expect(hashEntry(genesisHash, { ...entry, clientAddress: "10.0.0.1" })).not.toBe(base);
    expect(
      hashEntry(genesisHash, { ...entry, occurredAt: new Date("2026-11-28T10:00:00.001Z") }),
    ).not.toBe(base);
    expect(hashEntry(genesisHash, { ...entry, details: { role: "supervisor" } })).not.toBe(base);
  });

  it("MACs a chain position under a key: another key or position does not verify", () => {
    const key = Buffer.alloc(32, 7);
    const mac = macChainPosition(key, 5, genesisHash);
    expect(isChainPositionMacValid(key, 5, genesisHash, mac)).toBe(true);
    expect(isChainPositionMacValid(Buffer.alloc(32, 8), 5, genesisHash, mac)).toBe(false);
    expect(isChainPositionMacValid(key, 6, genesisHash, mac)).toBe(false);
    expect(isChainPositionMacValid(key, 5, genesisHash, "zz")).toBe(false);
  });
});
