import { expect, it } from "vitest";
import { makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import type { Db } from "../platform/db/database.ts";
import { createSessionResolver } from "./resolve-session.ts";
import { createSessionToken, insertSession } from "./sessions.ts";

/**
 * The database, with every UPDATE held back before it runs until `release()` (before, so the
 * single PGlite connection stays free); `hasEntered` resolves when one waits.
 */
function holdUpdates(db: Db) {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  let entered!: () => void;
  const hasEntered = new Promise<void>((r) => {
    entered = r;
  });
  const hold = <T extends object>(builder: T): T =>
    new Proxy(builder, {
      get(target, property) {
        const value = Reflect.get(target, property);
        if (typeof value !== "function") return value;
        if (property === "execute" || property === "executeTakeFirst")
          return async (...args: unknown[]) => {
            entered();
            await released;
            return value.apply(target, args);
          };
        return (...args: unknown[]) => {
          const next = value.apply(target, args);
          return next && typeof next === "object" && "execute" in next ? hold(next) : next;
        };
      },
    });
  const held = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property === "updateTable")
        return (...args: unknown[]) => hold(value.apply(target, args));
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: held, release, hasEntered };
}

describeEachDatabase("session resolver", (h) => {
  it("a read still touching last_seen_at when a write empties the cache does not put its older row back", async () => {
    const user = await makeUser(h);
    const { token, tokenHash } = createSessionToken();
    await insertSession(h.db, user.id, tokenHash, h.clock.now());
    // Past the once-a-minute touch, well within the idle timeout.
    h.clock.advance(61_000);
    const held = holdUpdates(h.db);
    const sessions = createSessionResolver(held.db, h.clock, {
      idleMs: h.config.sessionIdleMs,
      absoluteMs: h.config.sessionAbsoluteMs,
      isSecondFactorDisabledForDemo: false,
    });

    // A read resolves the live session and is held while it writes last_seen_at.
    const inFlight = sessions.resolve(token, { isWrite: false });
    await held.hasEntered;
    // Meanwhile a write revokes the session and is answered: the cache is emptied.
    await h.db
      .updateTable("sessions")
      .set({ revoked_at: h.clock.now() })
      .where("token_hash", "=", tokenHash)
      .execute();
    sessions.writeAnswered();
    // The next read sees the revocation (and caches the revoked row).
    expect(await sessions.resolve(token, { isWrite: false })).toBeNull();
    // The held read finishes (it began before the write, so it may still answer)...
    held.release();
    expect(await inFlight).not.toBeNull();
    // ...but its row from before the write must not replace the revoked one.
    expect(await sessions.resolve(token, { isWrite: false })).toBeNull();
  });
});
