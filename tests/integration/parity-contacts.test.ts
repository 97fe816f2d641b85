// Authorization matrix for emergency contacts, pick-up persons and the own phone number.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { getOwnProfile, listGroupContacts, listOwnContacts } from "../../lib/contacts/queries";
import { addContact, deleteContact, updateOwnPhone } from "../../lib/contacts/mutations";
import { ContactSchema, OwnPhoneSchema } from "../../lib/contacts/schema";
import type { SessionUser } from "../../lib/auth/session-user";
import { createChild, createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";

let world: Awaited<ReturnType<typeof createWorld>>;
const as: Record<string, SessionUser> = {};
const contact = (overrides: Partial<Record<string, string>> = {}) =>
  ContactSchema.parse({
    name: "Oma Truus",
    phone: "06 12345678",
    relation: "oma",
    childId: "",
    isEmergency: "on",
    mayPickUp: "on",
    ...overrides,
  });

beforeAll(async () => {
  world = await createWorld(testDb);
  for (const role of [
    "parentA",
    "parentA2",
    "parentB",
    "staffA",
    "staffB",
    "managerA",
    "beheerder",
    "otherBeheerder",
  ] as const) {
    as[role] = await sessionFor(world[role].id);
  }
});

describe("parents maintain their own family's contacts", () => {
  it("both guardians share the family list; the other family never sees it", async () => {
    const { id } = await addContact(as.parentA, contact());
    expect((await listOwnContacts(as.parentA2)).map((c) => c.id)).toEqual([id]);
    expect(await listOwnContacts(as.parentB)).toEqual([]);
    for (const role of ["staffA", "managerA", "beheerder"] as const)
      await expect(listOwnContacts(as[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("only parents write, only into their own family, and only for their own children", async () => {
    for (const role of ["staffA", "managerA", "beheerder", "otherBeheerder"] as const) {
      await expect(addContact(as[role], contact())).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(addContact(as.parentA, contact({ childId: world.childB.id }))).rejects.toMatchObject({
      messageKey: "contacts.childUnknown",
    });
    await expect(addContact(as.parentA, contact({ childId: "malformed" }))).rejects.toMatchObject({
      messageKey: "contacts.childUnknown",
    });
    const own = await addContact(as.parentA, contact({ name: "Alleen voor kind A", childId: world.childA.id }));
    expect((await listOwnContacts(as.parentA)).find((c) => c.id === own.id)?.childName).toBe(world.childA.firstName);
  });

  it("delete: own family only; other family, staff, malformed and unknown ids are NOT_FOUND", async () => {
    const { id } = await addContact(as.parentB, contact({ name: "Buurman" }));
    await expect(deleteContact(as.parentA, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteContact(as.staffB, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteContact(as.beheerder, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const bad of ["x", randomUUID()])
      await expect(deleteContact(as.parentB, bad)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteContact(as.parentB, id);
    expect(await testDb.contactPerson.count({ where: { id } })).toBe(0);
  });

  it("input: empty, too long, bad phone numbers and no role get translated keys", () => {
    const errors = (values: Record<string, string>) => {
      const result = ContactSchema.safeParse(values);
      return result.success
        ? {}
        : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    };
    expect(errors({ name: "", phone: "", isEmergency: "on" })).toMatchObject({
      name: "contacts.nameRequired",
      phone: "contacts.phoneRequired",
    });
    expect(errors({ name: "x".repeat(101), phone: "abc", isEmergency: "on" })).toMatchObject({
      name: "contacts.nameTooLong",
      phone: "contacts.phoneInvalid",
    });
    expect(errors({ name: "Oma", phone: "06 12345678" })).toEqual({ roles: "contacts.roleRequired" });
    expect(errors({ name: "Oma", phone: "+31 (0)6-1234 5678", mayPickUp: "on" })).toEqual({});
    expect(OwnPhoneSchema.safeParse({ phone: "" }).success).toBe(true);
    expect(OwnPhoneSchema.safeParse({ phone: "12" }).success).toBe(false);
  });
});

describe("staff see contacts for the children of their groups only", () => {
  it("staff, managers and beheerders within scope; other groups, other locations and other organisations not", async () => {
    const groupsOf = async (user: SessionUser) => (await listGroupContacts(user)).map((g) => g.id).sort();
    expect(await groupsOf(as.staffA)).toEqual([world.groupA.id]);
    expect(await groupsOf(as.staffB)).toEqual([world.groupB.id]);
    expect(await groupsOf(as.managerA)).toEqual([world.groupA.id]);
    expect(await groupsOf(as.beheerder)).toEqual([world.groupA.id, world.groupB.id].sort());
    expect(await groupsOf(as.otherBeheerder)).toEqual([]);
    await expect(listGroupContacts(as.parentA)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a child-specific contact is shown for that child only, family-wide ones for every child; guardians' phones too", async () => {
    const sibling = await createChild(testDb, {
      familyId: world.familyA.id,
      groupId: world.groupA.id,
      firstName: "Broertje",
    });
    const onlySibling = await addContact(as.parentA, contact({ name: "Oppas van Broertje", childId: sibling.id }));
    await updateOwnPhone(as.parentA, { phone: "06 99988877" });
    const [group] = await listGroupContacts(as.staffA);
    const childA = group.children.find((c) => c.id === world.childA.id)!;
    const brother = group.children.find((c) => c.id === sibling.id)!;
    expect(childA.contacts.map((c) => c.name)).not.toContain("Oppas van Broertje");
    expect(brother.contacts.map((c) => c.id)).toContain(onlySibling.id);
    expect(brother.contacts.map((c) => c.name)).toContain("Oma Truus");
    expect(childA.guardians).toContainEqual({ name: world.parentA.name, phone: "06 99988877" });
    // The deactivated guardian is not listed as someone to call.
    expect(childA.guardians.map((g) => g.name)).not.toContain(world.deactivated.name);
    // Staff B sees none of family A's contacts.
    const staffB = await listGroupContacts(as.staffB);
    expect(staffB.flatMap((g) => g.children.flatMap((c) => c.contacts)).map((c) => c.name)).not.toContain("Oma Truus");
  });
});

describe("own profile", () => {
  it("the phone number is the user's own; the profile never shows another user", async () => {
    await updateOwnPhone(as.parentB, { phone: "020 1234567" });
    expect((await getOwnProfile(as.parentB)).phone).toBe("020 1234567");
    expect((await getOwnProfile(as.parentA)).email).toBe(world.parentA.email);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: world.parentA.id } })).phone).not.toBe("020 1234567");
  });
});
