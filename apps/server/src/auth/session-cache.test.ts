import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createSessionCache } from "./session-cache.ts";

describe("session cache", () => {
  it("serves a row until its time is up", async () => {
    const cache = createSessionCache<string>(30);
    cache.set("h1", "row", cache.generation());
    expect(cache.get("h1")).toBe("row");
    await sleep(60);
    expect(cache.get("h1")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("is emptied by a write, and a row fetched before that write is not stored", () => {
    const cache = createSessionCache<string>();
    cache.set("h1", "row", cache.generation());
    const fetchStartedIn = cache.generation();
    cache.clear();
    expect(cache.get("h1")).toBeUndefined();
    cache.set("h2", "fetched before the write", fetchStartedIn);
    expect(cache.get("h2")).toBeUndefined();
    cache.set("h2", "fetched after", cache.generation());
    expect(cache.get("h2")).toBe("fetched after");
  });

  it("updates a cached row in place and never adds one that way", () => {
    const cache = createSessionCache<string>();
    cache.update("absent", "x", "y");
    expect(cache.get("absent")).toBeUndefined();
    cache.set("h1", "old", cache.generation());
    cache.update("h1", "old", "new");
    expect(cache.get("h1")).toBe("new");
  });

  it("does not update a row that a write replaced meanwhile", () => {
    const cache = createSessionCache<{ revoked: boolean }>();
    const before = { revoked: false };
    cache.set("h1", before, cache.generation());
    cache.clear();
    const after = { revoked: true };
    cache.set("h1", after, cache.generation());
    cache.update("h1", before, { revoked: false });
    expect(cache.get("h1")).toBe(after);
  });
});
