// English chosen on the login page survives signing in (issue 17): the `locale` cookie becomes the user's language.
import { describe, expect, it } from "vitest";
import { testDb } from "../db";
import { createWorld } from "../../prisma/factories";
import { keepLocaleChoice, localeFromCookieHeader } from "../../lib/auth/locale-choice";

describe("language chosen before signing in", () => {
  it("reads only our own values from the Cookie header", () => {
    expect(localeFromCookieHeader("a=1; locale=en; b=2")).toBe("en");
    expect(localeFromCookieHeader("locale=nl")).toBe("nl");
    expect(localeFromCookieHeader(["x=1", "locale=en"])).toBe("en");
    expect(localeFromCookieHeader("locale=de")).toBeNull();
    expect(localeFromCookieHeader("mylocale=en")).toBeNull();
    expect(localeFromCookieHeader(undefined)).toBeNull();
  });

  it("becomes the user's language; without a choice the user's own stays", async () => {
    const w = await createWorld(testDb);
    const locale = async () => (await testDb.user.findUniqueOrThrow({ where: { id: w.parentA.id } })).locale;
    expect(await locale()).toBe("nl");
    await keepLocaleChoice(w.parentA.id, "locale=en");
    expect(await locale()).toBe("en");
    await keepLocaleChoice(w.parentA.id, undefined);
    expect(await locale()).toBe("en");
    await keepLocaleChoice(w.parentA.id, "locale=nl");
    expect(await locale()).toBe("nl");
    // Nobody else's changes.
    expect((await testDb.user.findUniqueOrThrow({ where: { id: w.parentB.id } })).locale).toBe("nl");
  });
});
