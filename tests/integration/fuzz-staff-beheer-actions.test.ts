// Fuzzes the staff, manager and beheer write paths (groep/schriftje, berichten, aanvragen, contractwijzigingen,
// beheer gezinnen/locaties/medewerkers/organisatie/vakanties/nieuws/documenten, account actions, photo deletion):
// schema.safeParse -> DAL, as the actions (and run-admin-action.ts) do. See tests/fuzz.ts for why the schema + DAL
// layer is driven instead of the "use server" modules, and for the two properties checked. Document and news uploads
// need file bytes: publishNews runs without an attachment, documents are covered by deletion only.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createWorld } from "../../prisma/factories";
import { fuzz } from "../fuzz";
import type { SessionUser } from "../../lib/auth/session-user";
import { toIsoDate, todayDate, addCalendarDays } from "../../lib/time";
import { isUuid } from "../../lib/ids";
import { DiaryEntrySchema } from "../../lib/diary/schema";
import { createDiaryEntry } from "../../lib/diary/mutations";
import { NewThreadSchema, ReplySchema } from "../../lib/messages/schema";
import { postReply, startThread } from "../../lib/messages/mutations";
import { DecideRequestSchema } from "../../lib/planning/schema";
import { SchoolVacationSchema } from "../../lib/calendar/schema";
import { decideCareRequest } from "../../lib/planning/mutations";
import { createSchoolVacation, deleteSchoolVacation } from "../../lib/calendar/mutations";
import { DecideChangeSchema } from "../../lib/contracts/schema";
import { decideContractChange } from "../../lib/contracts/mutations";
import { PublishNewsSchema } from "../../lib/news/schema";
import { deleteNews, publishNews } from "../../lib/news/mutations";
import { deleteFamilyDocument } from "../../lib/documents/mutations";
import { deletePhoto } from "../../lib/photos/mutations";
import { deactivateUser, sendInvite, sendPasswordResetFor } from "../../lib/accounts/mutations";
import * as beheer from "../../lib/beheer/mutations";
import * as s from "../../lib/beheer/schema";

let w: Awaited<ReturnType<typeof createWorld>>;
let staff: SessionUser;
let manager: SessionUser;
let admin: SessionUser;
let orgs: string[];
let extraIds: string[] = [];
const today = todayDate();
const day = (offset: number) => toIsoDate(addCalendarDays(today, offset));
const dates = [day(0), day(30), day(-30), day(400), "2026-02-29", "2028-02-29"];
/** Mirrors `String(formData.get("id") ?? "")` in the delete/intent actions. */
const IdSchema = z.object({ id: z.string().default("") });
/** As in app/(portal)/beheer/locaties/actions.ts and medewerkers/actions.ts. */
const CapacitySchema = s.GroupSchema.pick({
  capacityOchtend: true,
  capacityMiddag: true,
  capacityNaschools: true,
}).extend({ groupId: z.string().refine(isUuid, "admin.v.choose") });
const ManagerLocationsSchema = z.object({
  userId: z.string().refine(isUuid, "admin.v.choose"),
  locationIds: z.array(z.string().refine(isUuid, "admin.v.choose")).default([]),
});
const ADMIN_ERRORS = ["NOT_FOUND", "INVALID_INPUT", "CONFLICT", "FORBIDDEN"] as const;

beforeAll(async () => {
  w = await createWorld(testDb);
  [staff, manager, admin] = await Promise.all([
    sessionFor(w.staffA.id),
    sessionFor(w.managerA.id),
    sessionFor(w.beheerder.id),
  ]);
  orgs = [w.organisation.id, w.otherOrganisation.id];
  const placements = await testDb.placement.findMany({
    where: { childId: { in: [w.childA.id, w.childB.id] } },
    select: { id: true },
  });
  const contracts = await testDb.contract.findMany({
    where: { childId: { in: [w.childA.id, w.childB.id] } },
    select: { id: true },
  });
  extraIds = [...placements, ...contracts].map((r) => r.id);
});

const ids = () => [
  w.childA.id,
  w.childB.id,
  w.groupA.id,
  w.groupB.id,
  w.familyA.id,
  w.familyB.id,
  w.locationA.id,
  w.locationB.id,
  w.parentA.id,
  w.staffB.id,
  w.managerA.id,
  w.otherBeheerder.id,
  ...extraIds,
];

describe("fuzz: staff and manager write paths never 500 and never write on rejected input", () => {
  it("schriftje entry by staff, threads and replies by staff", async () => {
    const a = await fuzz(
      {
        name: "createDiaryEntry(staff)",
        actor: () => staff,
        schema: DiaryEntrySchema,
        run: createDiaryEntry,
        expected: ["NOT_FOUND", "INVALID_INPUT", "FORBIDDEN"],
        fields: {
          childId: { hints: ids() },
          date: { hints: [day(0), day(-3), day(-8), day(1)] },
          body: { hints: ["Lekker gespeeld"] },
          eten: {},
          slapen: {},
          photoIds: { array: true, hints: ids() },
        },
        examples: [
          { childId: w.childA.id, date: day(0), body: "Lekker gespeeld", eten: "Alles op" },
          { childId: w.childA.id, date: day(-2), body: "Buiten geweest" },
        ],
      },
      orgs,
    );
    const b = await fuzz(
      {
        name: "startThread(staff)",
        actor: () => staff,
        schema: NewThreadSchema,
        run: (u, i) => startThread(u, i, null),
        expected: ["NOT_FOUND", "INVALID_INPUT", "FORBIDDEN"],
        fields: {
          recipient: {
            hints: [
              `family:${w.groupA.id}:${w.familyA.id}`,
              `family:${w.groupA.id}:${w.familyB.id}`,
              `broadcast:${w.groupA.id}`,
              `broadcast:${w.groupB.id}`,
              `group:${w.groupA.id}`,
            ],
          },
          subject: { hints: ["Uitje"] },
          body: { hints: ["Morgen"] },
        },
      },
      orgs,
    );
    await fuzz(
      {
        name: "postReply(staff)",
        actor: () => staff,
        schema: ReplySchema,
        run: (u, i) => postReply(u, i, null),
        expected: ["NOT_FOUND", "INVALID_INPUT", "FORBIDDEN"],
        fields: { threadId: { hints: ids() }, body: { hints: ["Ok"] } },
      },
      orgs,
    );
    await fuzz(
      {
        name: "deletePhoto(staff)",
        actor: () => staff,
        schema: IdSchema,
        run: (u, i) => deletePhoto(u, i.id),
        expected: ["NOT_FOUND", "INVALID_INPUT", "FORBIDDEN"],
        fields: { id: { hints: ids() } },
      },
      orgs,
    );
    expect(a.rejected + a.written + b.rejected + b.written).toBeGreaterThan(0);
  });

  it("deciding care requests and contract changes", async () => {
    await fuzz(
      {
        name: "decideCareRequest(manager)",
        actor: () => manager,
        schema: DecideRequestSchema,
        run: (u, i) => decideCareRequest(u, i),
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT", "INSUFFICIENT_BALANCE", "DEADLINE_PASSED"],
        fields: {
          requestId: { hints: ids() },
          decision: { hints: ["APPROVE", "DECLINE"] },
          reason: { hints: ["Vol"] },
        },
      },
      orgs,
    );
    await fuzz(
      {
        name: "decideContractChange(beheerder)",
        actor: () => admin,
        schema: DecideChangeSchema,
        run: decideContractChange,
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT", "FORBIDDEN"],
        fields: { id: { hints: ids() }, decision: { hints: ["HANDLED", "DECLINED"] }, note: { hints: ["Verwerkt"] } },
      },
      orgs,
    );
  });
});

describe("fuzz: beheer write paths never 500 and never write on rejected input", () => {
  const adminCase = <S extends z.ZodType>(
    name: string,
    schema: S,
    run: (actor: SessionUser, input: z.output<S>) => Promise<unknown>,
    fields: Parameters<typeof fuzz>[0]["fields"],
    examples?: Record<string, unknown>[],
  ) => fuzz({ name, actor: () => admin, schema, run, expected: [...ADMIN_ERRORS], fields, examples }, orgs);

  it("families, guardians, children", async () => {
    const a = await adminCase("createFamily", s.CreateFamilySchema, beheer.createFamily, {
      debiteurnummer: { hints: ["12345", "123456789012", w.familyA.debiteurnummer] },
      name: { hints: ["Jansen"] },
      guardianName: { hints: ["Eva"] },
      guardianEmail: { hints: ["eva@example.org", "EVA@EXAMPLE.ORG", "eva@"] },
      guardian2Name: { hints: ["", "Piet"] },
      guardian2Email: { hints: ["", "eva@example.org", "piet@example.org"] },
    });
    await adminCase("updateFamily", s.UpdateFamilySchema, beheer.updateFamily, {
      familyId: { hints: ids() },
      name: { hints: ["Jansen"] },
      address: {},
    });
    await adminCase("addGuardian", s.AddGuardianSchema, beheer.addGuardian, {
      familyId: { hints: ids() },
      name: { hints: ["Kees"] },
      email: { hints: ["kees@example.org"] },
    });
    await adminCase("createChild", s.CreateChildSchema, beheer.createChild, {
      familyId: { hints: ids() },
      firstName: { hints: ["Sem"] },
      lastName: { hints: ["Jansen"] },
      birthDate: { hints: dates },
    });
    await adminCase("updateChild", s.UpdateChildSchema, beheer.updateChild, {
      childId: { hints: ids() },
      firstName: { hints: ["Sem"] },
      lastName: { hints: ["Jansen"] },
      birthDate: { hints: dates },
    });
    expect(a.rejected + a.written).toBeGreaterThan(0);
  });

  it("placements and contracts", async () => {
    await adminCase("addPlacement", s.PlacementSchema, beheer.addPlacement, {
      childId: { hints: ids() },
      groupId: { hints: ids() },
      startDate: { hints: dates },
      endDate: { hints: ["", ...dates] },
    });
    await adminCase("endPlacement", s.EndPlacementSchema, beheer.endPlacement, {
      placementId: { hints: ids() },
      endDate: { hints: dates },
    });
    await adminCase(
      "createContract",
      s.ContractSchema,
      beheer.createContract,
      {
        childId: { hints: ids() },
        careType: { hints: ["KDV", "BSO"] },
        startDate: { hints: dates },
        endDate: { hints: ["", ...dates] },
        days: { hints: ["ma-o,ma-m,wo-n", "di-o", "VR-M, vr-m", "ma-ochtend", "", "ma"] },
        vacationHours: { hints: ["0", "120", "2001"] },
      },
      [
        {
          childId: w.childB.id,
          careType: "KDV",
          startDate: day(60),
          endDate: day(120),
          days: "ma-o,ma-m,do-o",
          vacationHours: "0",
        },
        {
          childId: w.childA.id,
          careType: "BSO",
          startDate: day(400),
          endDate: "",
          days: "di-n, vr-n",
          vacationHours: "120",
        },
      ],
    );
    await adminCase("endContract", s.EndContractSchema, beheer.endContract, {
      contractId: { hints: ids() },
      endDate: { hints: dates },
    });
  });

  it("locations, groups, dagdelen, capacity, staff, managers, organisation rules", async () => {
    await adminCase("createLocation", s.LocationSchema, beheer.createLocation, {
      name: { hints: ["De Boomhut"] },
      lrkNumber: { hints: ["123456789", "1234"] },
      address: {},
    });
    await adminCase("setDagdeelTimes", s.DagdeelTimesSchema, beheer.setDagdeelTimes, {
      locationId: { hints: ids() },
      ochtendStart: { hints: ["07:30"] },
      ochtendEnd: { hints: ["13:00"] },
      middagStart: { hints: ["13:00"] },
      middagEnd: { hints: ["18:30"] },
      naschoolsStart: { hints: ["14:00"] },
      naschoolsEnd: { hints: ["18:30", "07:00"] },
    });
    await adminCase("createGroup", s.GroupSchema, beheer.createGroup, {
      locationId: { hints: ids() },
      name: { hints: ["Vlinders"] },
      careType: { hints: ["KDV", "BSO"] },
      capacityOchtend: { hints: ["12", "100", "101"] },
      capacityMiddag: { hints: ["0"] },
      capacityNaschools: { hints: ["20"] },
    });
    await adminCase("setGroupCapacity", CapacitySchema, beheer.setGroupCapacity, {
      groupId: { hints: ids() },
      capacityOchtend: { hints: ["12"] },
      capacityMiddag: { hints: ["0"] },
      capacityNaschools: { hints: ["20"] },
    });
    await adminCase("createStaffMember", s.StaffSchema, beheer.createStaffMember, {
      name: { hints: ["Anna"] },
      email: { hints: ["anna@example.org"] },
      groupIds: { array: true, hints: ids() },
    });
    await adminCase("setStaffGroups", s.StaffGroupsSchema, beheer.setStaffGroups, {
      userId: { hints: ids() },
      groupIds: { array: true, hints: ids() },
    });
    await adminCase("createManager", s.ManagerSchema, beheer.createManager, {
      name: { hints: ["Bart"] },
      email: { hints: ["bart@example.org"] },
      locationIds: { array: true, hints: ids() },
    });
    await adminCase("setManagerLocations", ManagerLocationsSchema, beheer.setManagerLocations, {
      userId: { hints: ids() },
      locationIds: { array: true, hints: ids() },
    });
    await adminCase("updateOrganisationRules", s.OrganisationRulesSchema, beheer.updateOrganisationRules, {
      absenceDeadline: { hints: ["08:00"] },
      tegoedValidityDays: { hints: ["90", "0"] },
      requestLeadDays: { hints: ["2"] },
      requestCancelHours: { hints: ["24"] },
      requestCancelGraceMinutes: { hints: ["30"] },
      vacationGuaranteeMonths: { hints: ["2"] },
      swapEnabled: { hints: ["on", ""] },
      swapValidityDays: { hints: ["30"] },
      photoRetentionDays: { hints: ["365"] },
      dataRetentionDays: { hints: ["730"] },
      fiscalRetentionYears: { hints: ["7", "0"] },
      inviteLeadDays: { hints: ["42", "0"] },
    });
  });

  it("school vacations, news, documents, accounts", async () => {
    await adminCase("createSchoolVacation", SchoolVacationSchema, createSchoolVacation, {
      name: { hints: ["Herfstvakantie"] },
      startDate: { hints: dates },
      endDate: { hints: dates },
    });
    await adminCase("deleteSchoolVacation", IdSchema, (u, i) => deleteSchoolVacation(u, i.id), {
      id: { hints: ids() },
    });
    await adminCase("publishNews", PublishNewsSchema, (u, i) => publishNews(u, { input: i, attachment: null }), {
      title: { hints: ["Sint"] },
      body: { hints: ["Op 5 december"] },
      locationId: { hints: ["", ...ids()] },
    });
    await adminCase("deleteNews", IdSchema, (u, i) => deleteNews(u, i.id), { id: { hints: ids() } });
    await adminCase("deleteFamilyDocument", IdSchema, (u, i) => deleteFamilyDocument(u, i.id), {
      id: { hints: ids() },
    });
    const accountIds = () => [w.parentB.id, w.otherBeheerder.id, w.staffB.id, w.childA.id];
    await adminCase("sendInvite", IdSchema, (u, i) => sendInvite(u, i.id), { id: { hints: accountIds() } });
    await adminCase("sendPasswordResetFor", IdSchema, (u, i) => sendPasswordResetFor(u, i.id), {
      id: { hints: accountIds() },
    });
    await adminCase("deactivateUser", IdSchema, (u, i) => deactivateUser(u, i.id), {
      id: { hints: [w.otherBeheerder.id, w.childA.id, w.familyA.id] },
    });
  });
});
