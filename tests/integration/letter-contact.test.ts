// The letter's contact (issue 14): the organisation's contact mailbox is the one address every mail and text names,
// and the parent's "Vragen en contact" page shows the group's phone, the location manager and the mailbox, only for
// the parent's own children's groups.
import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { getHelpContacts } from "../../lib/contacts/help";
import { sendInvite } from "../../lib/accounts/mutations";
import { setGroupCapacity, updateOrganisationContact } from "../../lib/beheer/mutations";
import { OrganisationContactSchema } from "../../lib/beheer/schema";
import { prepareFamilyExport } from "../../lib/privacy/export-requests";
import { createGuardian } from "../../prisma/factories";
import { setupMatrix, ACTORS, type Actor } from "../matrix";
import { testDb } from "../db";
import { sessionFor } from "../session";

let m: Awaited<ReturnType<typeof setupMatrix>>;
const MAILBOX = "vragen@kindercentrum.example";

beforeAll(async () => {
  m = await setupMatrix();
  await testDb.user.update({ where: { id: m.w.managerA.id }, data: { name: "Manon Manager", phone: "020 1234567" } });
  await updateOrganisationContact(m.users.beheerder, { infoEmail: MAILBOX });
  await setGroupCapacity(m.users.beheerder, {
    groupId: m.w.groupA.id,
    phone: "020 7654321",
    capacityOchtend: 12,
    capacityMiddag: 12,
    capacityNaschools: 0,
  });
});

describe("the organisation's contact mailbox", () => {
  it("only a beheerder changes it, audited; a bad address is a translated error", async () => {
    for (const actor of ACTORS.filter((a) => a !== "beheerder" && a !== "otherOrg"))
      await expect(updateOrganisationContact(m.users[actor], { infoEmail: "x@y.example" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    const organisation = await testDb.organisation.findUniqueOrThrow({ where: { id: m.w.organisation.id } });
    expect(organisation.infoEmail).toBe(MAILBOX);
    const event = await testDb.auditEvent.findFirst({
      where: { action: "admin.organisation.contact", organisationId: m.w.organisation.id },
    });
    expect(event?.meta).toMatchObject({ infoEmail: MAILBOX });
    const bad = OrganisationContactSchema.safeParse({ infoEmail: "geen adres" });
    expect(bad.success ? null : bad.error.issues[0]?.message).toBe("admin.v.email");
  });

  it("the invite mail and the export mail name the organisation's mailbox", async () => {
    const family = await testDb.family.create({
      data: {
        organisationId: m.w.organisation.id,
        name: "Familie Mail",
        debiteurnummer: `9${Date.now()}`.slice(0, 10),
      },
    });
    const guardian = await createGuardian(testDb, {
      family,
      status: "INVITED",
      email: `mail-${family.id}@example.test`,
    });
    await sendInvite(m.users.beheerder, guardian.id);
    await prepareFamilyExport(m.users.beheerder, { familyId: family.id, reason: "Gevraagd aan de balie" });
    const mails = await testDb.outboxMail.findMany({ where: { to: guardian.email } });
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.text).toContain(MAILBOX);
      expect(mail.html).toContain(MAILBOX);
    }
  });

  it("no template or text names the old address any more", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (name === "generated" || name === "node_modules") continue;
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(ts|tsx|json)$/.test(name) && readFileSync(file, "utf8").includes("info@deroef.nl"))
          offenders.push(file);
      }
    };
    for (const dir of ["lib", "app", "components", "prisma"]) walk(dir);
    expect(offenders).toEqual([]);
  });
});

describe("Vragen en contact", () => {
  it("a parent sees the mailbox and, for their own child's group, its phone and the location manager", async () => {
    for (const actor of ["parentOwn"] as Actor[]) {
      const help = await getHelpContacts(m.users[actor]);
      expect(help.contactEmail).toBe(MAILBOX);
      expect(help.groups).toEqual([
        expect.objectContaining({
          id: m.w.groupA.id,
          phone: "020 7654321",
          childNames: [m.w.childA.firstName],
          location: expect.objectContaining({
            managers: [{ name: "Manon Manager", email: m.w.managerA.email, phone: "020 1234567" }],
          }),
        }),
      ]);
    }
    const second = await getHelpContacts(await sessionFor(m.w.parentA2.id));
    expect(second.groups.map((g) => g.id)).toEqual([m.w.groupA.id]);
  });

  it("another family sees only its own group, never group A's phone or manager", async () => {
    const help = await getHelpContacts(m.users.parentOther);
    expect(help.groups.map((g) => g.id)).toEqual([m.w.groupB.id]);
    expect(JSON.stringify(help)).not.toContain("020 7654321");
    expect(JSON.stringify(help)).not.toContain("Manon Manager");
  });

  it("staff, managers and beheerders have no parent contact page (NOT_FOUND)", async () => {
    for (const actor of ["staffOwn", "staffOther", "managerOwn", "managerOther", "beheerder", "otherOrg"] as Actor[])
      await expect(getHelpContacts(m.users[actor])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
