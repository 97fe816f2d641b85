// Issue 18, the child's essentials: who may read and write them (each role x each action, real database), the
// audit (field names, never values), the staff badges, bad input, and erasure with the child.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { ACTORS, type Actor, setupMatrix } from "../matrix";
import { createStaff } from "../../prisma/factories";
import { saveEssentials } from "../../lib/essentials/mutations";
import { getEssentials, listEssentialsBadges } from "../../lib/essentials/queries";
import { EssentialsSchema } from "../../lib/essentials/schema";

type Matrix = Awaited<ReturnType<typeof setupMatrix>>;
let m: Matrix;

const input = (childId: string, allergies = "Pinda (ernstig)") => ({
  childId,
  allergies,
  diet: "",
  medication: "",
  medicationPermission: "no" as const,
  medicalNotes: "",
  gpName: "Huisartsenpraktijk Centrum",
  gpPhone: "020-1234567",
});

const outcome = async (run: () => Promise<unknown>): Promise<"ok" | "404"> => {
  try {
    await run();
    return "ok";
  } catch (error) {
    if ((error as { code?: string }).code === "NOT_FOUND") return "404";
    throw error;
  }
};

beforeAll(async () => {
  m = await setupMatrix();
  await saveEssentials(m.users.parentOwn, input(m.w.childA.id));
});

describe("essentials authorization matrix", () => {
  // Read: own parents, staff of the child's group, beheerders. Never another parent, staff of another group, managers.
  const READ: Record<Actor, "ok" | "404"> = {
    parentOwn: "ok",
    parentOther: "404",
    staffOwn: "ok",
    staffOther: "404",
    managerOwn: "404",
    managerOther: "404",
    beheerder: "ok",
    otherOrg: "404",
  };
  // Write: own parents and beheerders.
  const WRITE: Record<Actor, "ok" | "404"> = {
    ...READ,
    staffOwn: "404",
  };
  for (const actor of ACTORS) {
    it(`${actor}: read, badge, write`, async () => {
      const user = m.users[actor];
      expect(await outcome(() => getEssentials(user, m.w.childA.id)), "read").toBe(READ[actor]);
      const badges = await listEssentialsBadges(user, [m.w.childA.id]);
      expect(badges.has(m.w.childA.id), "badge").toBe(READ[actor] === "ok");
      const marker = `Ei ${actor}`;
      expect(await outcome(() => saveEssentials(user, input(m.w.childA.id, marker))), "write").toBe(WRITE[actor]);
      const stored = await testDb.childEssentials.findUniqueOrThrow({ where: { childId: m.w.childA.id } });
      expect(stored.allergies === marker, "stored").toBe(WRITE[actor] === "ok");
    });
  }

  it("malformed ids are 404; a deactivated user has no session; a second guardian may edit too", async () => {
    expect(await outcome(() => getEssentials(m.users.parentOwn, "x"))).toBe("404");
    expect(await outcome(() => saveEssentials(m.users.parentOwn, input("00000000-0000-4000-8000-000000000000")))).toBe(
      "404",
    );
    await expect(sessionFor(m.w.deactivated.id)).rejects.toThrow(/no valid session/);
    const second = await sessionFor(m.w.parentA2.id);
    expect(await outcome(() => saveEssentials(second, input(m.w.childA.id, "Lactose")))).toBe("ok");
  });

  it("a new staff member of another group does not see them", async () => {
    const staff = await createStaff(testDb, { organisationId: m.w.organisation.id, groupIds: [m.w.groupB.id] });
    const session = await sessionFor(staff.id);
    expect(await outcome(() => getEssentials(session, m.w.childA.id))).toBe("404");
  });
});

describe("essentials rules", () => {
  it("every change is audited with the field names, never the values; an unchanged save writes nothing", async () => {
    const parent = m.users.parentOwn;
    const before = await testDb.auditEvent.count({
      where: { action: "privacy.essentials_changed", childId: m.w.childA.id },
    });
    const { changed } = await saveEssentials(parent, {
      ...input(m.w.childA.id, "Noten"),
      medication: "Ventolin 2 pufjes",
    });
    expect(changed).toEqual(expect.arrayContaining(["allergies", "medication"]));
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "privacy.essentials_changed", childId: m.w.childA.id },
      orderBy: { id: "desc" },
    });
    expect(audit.actorId).toBe(m.w.parentA.id);
    expect(JSON.stringify(audit.meta)).not.toContain("Noten");
    expect(JSON.stringify(audit.meta)).not.toContain("Ventolin");
    expect((audit.meta as { fields: string[] }).fields).toEqual(expect.arrayContaining(["allergies", "medication"]));
    expect(
      (await saveEssentials(parent, { ...input(m.w.childA.id, "Noten"), medication: "Ventolin 2 pufjes" })).changed,
    ).toEqual([]);
    expect(
      await testDb.auditEvent.count({ where: { action: "privacy.essentials_changed", childId: m.w.childA.id } }),
    ).toBe(before + 1);
    const badge = (await listEssentialsBadges(m.users.staffOwn, [m.w.childA.id])).get(m.w.childA.id);
    expect(badge).toEqual({ allergies: true, diet: false, medication: true, medicalNotes: false });
  });

  it("bad input becomes field messages (schema), never a database error", () => {
    const tooLong = EssentialsSchema.safeParse({ ...input(m.w.childA.id), allergies: "x".repeat(1001) });
    expect(tooLong.success).toBe(false);
    const phone = EssentialsSchema.safeParse({ ...input(m.w.childA.id), gpPhone: "bel maar" });
    expect(phone.error?.issues[0]?.message).toBe("essentials.errors.phone");
    const permission = EssentialsSchema.safeParse({ ...input(m.w.childA.id), medicationPermission: "misschien" });
    expect(permission.error?.issues[0]?.message).toBe("essentials.errors.permission");
  });

  it("erased with the child (cascade, as the retention job deletes the child)", async () => {
    const { createChild, createFamily, createGuardian } = await import("../../prisma/factories");
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const child = await createChild(testDb, { familyId: family.id, groupId: m.w.groupA.id });
    await saveEssentials(await sessionFor(guardian.id), input(child.id));
    await testDb.placement.deleteMany({ where: { childId: child.id } });
    await testDb.contract.deleteMany({ where: { childId: child.id } });
    await testDb.child.delete({ where: { id: child.id } });
    expect(await testDb.childEssentials.count({ where: { childId: child.id } })).toBe(0);
  });
});
