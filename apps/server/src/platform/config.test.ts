import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("configuration", () => {
  it("has safe defaults: port 8080, ./data, second factor on, no server database", () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.isSecondFactorDisabledForDemo).toBe(false);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("refuses a bad value, naming the variable", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DEMO_DISABLE_SECOND_FACTOR: "yes" })).toThrow(
      /DEMO_DISABLE_SECOND_FACTOR/,
    );
  });
});
