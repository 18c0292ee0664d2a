import { describe, expect, it } from "vitest";
import { createObjectUrlSlot, reasonProblem } from "./thumbnail-url.ts";

function fakeUrls() {
  let next = 0;
  const live = new Set<string>();
  return {
    live,
    create: () => {
      const url = `blob:test/${next++}`;
      live.add(url);
      return url;
    },
    revoke: (url: string) => {
      if (!live.delete(url)) throw new Error(`revoked twice or never made: ${url}`);
    },
  };
}

describe("the thumbnail's object URL", () => {
  it("revokes the previous URL when a new thumbnail replaces it", () => {
    const urls = fakeUrls();
    const slot = createObjectUrlSlot(urls.create, urls.revoke);
    const first = slot.set(new Blob(["a"]));
    const second = slot.set(new Blob(["b"]));
    expect(first).not.toBe(second);
    expect([...urls.live]).toEqual([second]);
    expect(slot.current()).toBe(second);
  });

  it("leaves no URL alive once cleared (the page is left), and clearing twice is harmless", () => {
    const urls = fakeUrls();
    const slot = createObjectUrlSlot(urls.create, urls.revoke);
    slot.set(new Blob(["a"]));
    slot.clear();
    slot.clear();
    expect(urls.live.size).toBe(0);
    expect(slot.current()).toBeNull();
  });
});

describe("a reason for a thumbnail or a destruction", () => {
  it("needs five characters beyond spaces, as the server does", () => {
    expect(reasonProblem("")).toBe("required");
    expect(reasonProblem("   \n ")).toBe("required");
    expect(reasonProblem("  abc ")).toBe("tooShort");
    expect(reasonProblem(" abcde ")).toBeNull();
    expect(reasonProblem("Xác minh")).toBeNull();
  });
});
