// The actors of the authorization matrix tests: a fresh world (prisma/factories.ts createWorld) plus a manager of
// the other location, each as a real SessionUser.
import { createManager, createWorld } from "../prisma/factories";
import type { SessionUser } from "../lib/auth/session-user";
import { testDb } from "./db";
import { sessionFor } from "./session";

export type Actor =
  | "parentOwn"
  | "parentOther"
  | "staffOwn"
  | "staffOther"
  | "managerOwn"
  | "managerOther"
  | "beheerder"
  | "otherOrg";
export const ACTORS: Actor[] = [
  "parentOwn",
  "parentOther",
  "staffOwn",
  "staffOther",
  "managerOwn",
  "managerOther",
  "beheerder",
  "otherOrg",
];

/** "Own" means family/group/location A of the world, "other" family/group/location B or another organisation. */
export async function setupMatrix() {
  const w = await createWorld(testDb);
  const managerB = await createManager(testDb, { organisationId: w.organisation.id, locationIds: [w.locationB.id] });
  const users: Record<Actor, SessionUser> = {
    parentOwn: await sessionFor(w.parentA.id),
    parentOther: await sessionFor(w.parentB.id),
    staffOwn: await sessionFor(w.staffA.id),
    staffOther: await sessionFor(w.staffB.id),
    managerOwn: await sessionFor(w.managerA.id),
    managerOther: await sessionFor(managerB.id),
    beheerder: await sessionFor(w.beheerder.id),
    otherOrg: await sessionFor(w.otherBeheerder.id),
  };
  return { w, users };
}
