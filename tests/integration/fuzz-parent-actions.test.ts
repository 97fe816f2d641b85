// Fuzzes the parent-side write paths (schriftje, berichten, planning incl. tegoed/vacation/ruildag, toestemming,
// profiel, contract changes, notification settings): schema.safeParse -> DAL, as the actions in app/(portal)/ouder/**,
// app/(portal)/berichten and app/(portal)/instellingen do. See tests/fuzz.ts for why the schema + DAL layer is driven
// instead of the "use server" modules, and for the two properties checked.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createWorld } from "../../prisma/factories";
import { fuzz } from "../fuzz";
import type { SessionUser } from "../../lib/auth/session-user";
import { toIsoDate, todayDate, addCalendarDays } from "../../lib/time";
import { DiaryEntrySchema } from "../../lib/diary/schema";
import { createDiaryEntry } from "../../lib/diary/mutations";
import { NewThreadSchema, ReplySchema } from "../../lib/messages/schema";
import { postReply, replyPrivatelyToBroadcast, startThread } from "../../lib/messages/mutations";
import { CreateRequestSchema, ReportAbsenceSchema, UpdateAbsenceSchema } from "../../lib/planning/schema";
import {
  cancelCareRequest,
  createCareRequests,
  reportAbsence,
  updateAbsence,
  withdrawAbsence,
} from "../../lib/planning/mutations";
import { CreateSwapSchema } from "../../lib/swap/schema";
import { createSwapRequest } from "../../lib/swap/mutations";
import { ConsentSchema } from "../../lib/consent/schema";
import { setPhotoConsent } from "../../lib/consent/mutations";
import { ContactSchema, OwnPhoneSchema } from "../../lib/contacts/schema";
import { addContact, deleteContact, updateOwnPhone } from "../../lib/contacts/mutations";
import { changeRequestSchema } from "../../lib/contracts/schema";
import { requestContractChange } from "../../lib/contracts/mutations";
import { NotificationSettingsSchema } from "../../lib/notifications/schema";
import { updateNotificationSettings } from "../../lib/notifications/settings";

let w: Awaited<ReturnType<typeof createWorld>>;
let parent: SessionUser;
let orgs: string[];
const today = todayDate();
const day = (offset: number) => toIsoDate(addCalendarDays(today, offset));
const PLANNING_NOW = new Date("2027-03-01T07:30:00Z"); // Monday 08:30 CET
const PLANNING_SLOTS = [
  "2027-03-02|OCHTEND",
  "2027-03-04|MIDDAG",
  "2027-03-05|OCHTEND",
  "2027-03-09|MIDDAG",
  "2027-03-11|OCHTEND",
];
const slots = (offsets: number[]) =>
  offsets.flatMap((o) => ["OCHTEND", "MIDDAG", "NASCHOOLS"].map((d) => `${day(o)}|${d}`));
/** Mirrors `String(formData.get("id") ?? "")` in the delete/withdraw/cancel actions. */
const IdSchema = z.object({ id: z.string().default("") });

beforeAll(async () => {
  w = await createWorld(testDb);
  parent = await sessionFor(w.parentA.id);
  orgs = [w.organisation.id, w.otherOrganisation.id];
});

const ids = () => [
  w.childA.id,
  w.childB.id,
  w.groupA.id,
  w.groupB.id,
  w.familyA.id,
  w.familyB.id,
  w.locationA.id,
  w.parentB.id,
];
const recipients = () => [
  `group:${w.groupA.id}`,
  `group:${w.groupB.id}`,
  `manager:${w.locationA.id}`,
  `manager:${w.locationB.id}`,
  `family:${w.groupA.id}:${w.familyA.id}`,
  `broadcast:${w.groupA.id}`,
  "group:",
  "family::",
  `group:${w.groupA.id}:x`,
];

describe("fuzz: parent write paths never 500 and never write on rejected input", () => {
  it("schriftje entry", async () => {
    const outcome = await fuzz(
      {
        name: "createDiaryEntry(parent)",
        actor: () => parent,
        schema: DiaryEntrySchema,
        run: createDiaryEntry,
        expected: ["NOT_FOUND", "INVALID_INPUT", "FORBIDDEN"],
        fields: {
          childId: { hints: ids() },
          date: { hints: [day(0), day(-3), day(-8), day(1)] },
          body: { hints: ["Goed geslapen", ""] },
          eten: {},
          drinken: {},
          slapen: {},
          verschonen: {},
          activiteiten: {},
          photoIds: { array: true, hints: ids() },
        },
        examples: [
          { childId: w.childA.id, date: day(0), body: "Goed geslapen" },
          { childId: w.childA.id, date: day(-1), body: "Wat hangerig", eten: "Weinig", slapen: "13:00-14:30" },
        ],
      },
      orgs,
    );
    expect(outcome.rejected + outcome.written).toBeGreaterThan(0);
  });

  it("new thread, reply, private reply to a broadcast", async () => {
    const a = await fuzz(
      {
        name: "startThread(parent)",
        actor: () => parent,
        schema: NewThreadSchema,
        run: (u, i) => startThread(u, i, null),
        expected: ["NOT_FOUND", "INVALID_INPUT", "FORBIDDEN"],
        fields: { recipient: { hints: recipients() }, subject: { hints: ["Vraag"] }, body: { hints: ["Hallo"] } },
      },
      orgs,
    );
    const b = await fuzz(
      {
        name: "postReply(parent)",
        actor: () => parent,
        schema: ReplySchema,
        run: (u, i) => postReply(u, i, null),
        expected: ["NOT_FOUND", "INVALID_INPUT", "FORBIDDEN"],
        fields: { threadId: { hints: ids() }, body: { hints: ["Dank"] } },
      },
      orgs,
    );
    const c = await fuzz(
      {
        name: "replyPrivatelyToBroadcast(parent)",
        actor: () => parent,
        schema: ReplySchema,
        run: (u, i) => replyPrivatelyToBroadcast(u, { broadcastId: i.threadId, body: i.body }, null),
        expected: ["NOT_FOUND", "INVALID_INPUT", "FORBIDDEN"],
        fields: { threadId: { hints: ids() }, body: { hints: ["Dank"] } },
      },
      orgs,
    );
    expect(a.rejected + a.written + b.rejected + c.rejected).toBeGreaterThan(0);
  });

  it("absences: report, update, withdraw", async () => {
    const a = await fuzz(
      {
        name: "reportAbsence",
        actor: () => parent,
        schema: ReportAbsenceSchema,
        run: (u, i) => reportAbsence(u, i),
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT", "DEADLINE_PASSED", "FORBIDDEN"],
        fields: {
          childId: { hints: ids() },
          from: { hints: [day(0), day(1), day(7), day(-2), "9999-12-27", "9999-12-29"] },
          to: { hints: ["", day(2), day(90), day(-5)] },
          dagdeel: { hints: ["ALL", "OCHTEND", "MIDDAG", "NASCHOOLS"] },
          reason: { hints: ["ZIEK", "VAKANTIE", "OVERIG"] },
          comment: {},
        },
      },
      orgs,
    );
    const b = await fuzz(
      {
        name: "updateAbsence",
        actor: () => parent,
        schema: UpdateAbsenceSchema,
        run: (u, i) => updateAbsence(u, i),
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT", "DEADLINE_PASSED"],
        fields: { absenceId: { hints: ids() }, reason: { hints: ["ZIEK", "OVERIG"] }, comment: {} },
      },
      orgs,
    );
    await fuzz(
      {
        name: "withdrawAbsence",
        actor: () => parent,
        schema: IdSchema,
        run: (u, i) => withdrawAbsence(u, i.id),
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT", "DEADLINE_PASSED"],
        fields: { id: { hints: ids() } },
      },
      orgs,
    );
    expect(a.rejected + a.written + b.rejected).toBeGreaterThan(0);
  });

  it("care requests (extra, tegoed, vacation) and cancelling", async () => {
    const a = await fuzz(
      {
        // A fixed Monday morning, as in planning-authz.test.ts, so the valid examples stay valid on every test date.
        name: "createCareRequests",
        actor: () => parent,
        schema: CreateRequestSchema,
        run: (u, i) => createCareRequests(u, i, PLANNING_NOW),
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT", "DEADLINE_PASSED", "INSUFFICIENT_BALANCE", "FORBIDDEN"],
        fields: {
          type: { hints: ["EXTRA", "TEGOED", "VACATION"] },
          childIds: { array: true, hints: ids() },
          slots: { array: true, hints: [...PLANNING_SLOTS, ...slots([0, 1, 60, -1])] },
          comment: {},
        },
        examples: PLANNING_SLOTS.map((slot) => ({
          type: "EXTRA",
          childIds: [w.childA.id],
          slots: [slot],
          comment: "Oma is jarig",
        })),
      },
      orgs,
    );
    await fuzz(
      {
        name: "cancelCareRequest",
        actor: () => parent,
        schema: IdSchema,
        run: (u, i) => cancelCareRequest(u, i.id),
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT", "DEADLINE_PASSED"],
        fields: { id: { hints: ids() } },
      },
      orgs,
    );
    expect(a.rejected + a.written).toBeGreaterThan(0);
  });

  it("ruildag", async () => {
    const a = await fuzz(
      {
        name: "createSwapRequest",
        actor: () => parent,
        schema: CreateSwapSchema,
        run: (u, i) => createSwapRequest(u, i),
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT", "DEADLINE_PASSED", "FORBIDDEN"],
        fields: {
          childId: { hints: ids() },
          from: { hints: slots([1, 7, 14]) },
          toDate: { hints: [day(2), day(8), day(-1)] },
          toDagdeel: { array: true, hints: ["OCHTEND", "MIDDAG", "NASCHOOLS"] },
          expiresAt: {
            hints: [
              "",
              `${day(3)}T12:00`,
              `${day(-3)}T12:00`,
              "2026-99-99T99:99",
              "2026-02-30T10:00",
              `${day(3)}T25:99`,
            ],
          },
          comment: {},
        },
      },
      orgs,
    );
    expect(a.rejected + a.written).toBeGreaterThan(0);
  });

  it("photo consent, contacts, own phone", async () => {
    await fuzz(
      {
        name: "setPhotoConsent",
        actor: () => parent,
        schema: ConsentSchema,
        run: (u, i) =>
          setPhotoConsent(u, {
            childId: i.childId,
            mayPhotograph: i.mayPhotograph === "yes",
            shareWithGroup: i.shareWithGroup === "yes",
          }),
        expected: ["NOT_FOUND", "INVALID_INPUT"],
        fields: {
          childId: { hints: ids() },
          mayPhotograph: { hints: ["yes", "no"] },
          shareWithGroup: { hints: ["yes", "no"] },
        },
      },
      orgs,
    );
    await fuzz(
      {
        name: "addContact",
        actor: () => parent,
        schema: ContactSchema,
        run: addContact,
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT"],
        fields: {
          name: { hints: ["Oma"] },
          phone: { hints: ["0612345678", "+31 6 1234 5678", "(020) 123-4567"] },
          relation: {},
          childId: { hints: ["", ...ids()] },
          isEmergency: { hints: ["on", "true", true] },
          mayPickUp: { hints: ["on", ""] },
        },
      },
      orgs,
    );
    await fuzz(
      {
        name: "deleteContact",
        actor: () => parent,
        schema: IdSchema,
        run: (u, i) => deleteContact(u, i.id),
        expected: ["NOT_FOUND", "INVALID_INPUT"],
        fields: { id: { hints: ids() } },
      },
      orgs,
    );
    await fuzz(
      {
        name: "updateOwnPhone",
        actor: () => parent,
        schema: OwnPhoneSchema,
        run: updateOwnPhone,
        expected: ["NOT_FOUND", "INVALID_INPUT"],
        fields: { phone: { hints: ["", "0612345678"] } },
      },
      orgs,
    );
  });

  it("contract change request", async () => {
    const a = await fuzz(
      {
        name: "requestContractChange",
        actor: () => parent,
        schema: changeRequestSchema(today),
        run: (u, i) => requestContractChange(u, i, today),
        expected: ["NOT_FOUND", "INVALID_INPUT", "CONFLICT"],
        fields: {
          childId: { hints: ids() },
          kind: { hints: ["ADD_DAY", "STOP_DAY", "END_CONTRACT"] },
          weekday: { hints: ["1", "3", "5", "6", "0"] },
          dagdeel: { hints: ["OCHTEND", "MIDDAG", "NASCHOOLS"] },
          effectiveDate: { hints: [day(40), day(400), day(3)] },
          endDate: { hints: ["", day(500)] },
          comment: {},
        },
      },
      orgs,
    );
    expect(a.rejected + a.written).toBeGreaterThan(0);
  });

  it("notification settings", async () => {
    await fuzz(
      {
        name: "updateNotificationSettings",
        actor: () => parent,
        schema: NotificationSettingsSchema,
        run: updateNotificationSettings,
        expected: ["NOT_FOUND", "INVALID_INPUT"],
        fields: {
          emailMode: { hints: ["IMMEDIATE", "DIGEST", "OFF"] },
          notifyMessages: { hints: ["on"] },
          notifyDiary: { hints: ["on"] },
          notifyRequests: {},
          notifyNews: {},
          quietEnabled: { hints: ["on"] },
          quietStart: { hints: ["22:00", "07:00"] },
          quietEnd: { hints: ["07:00", "22:00"] },
        },
      },
      orgs,
    );
  });
});
