// Property-based fuzzing of the write paths (issue 7). Server actions are thin: requireActor -> zod safeParse -> DAL
// call -> revalidatePath -> ActionState. Calling the "use server" modules directly needs a request context (cookies,
// next/cache), so these tests drive the layer the actions delegate to: the very same schema.safeParse followed by the
// very same DAL function with a real SessionUser. Properties per generated input:
//   (a) the DAL either succeeds or throws an AppError with an expected code: anything else would be a 500
//       ("errors.unexpected" + a logged error) in the action;
//   (b) when the input is rejected (zod failure or AppError), nothing is written: row counts of every table that
//       belongs to the fuzz organisations (and the foreign one) are the same before and after.
import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";
import { isAppError, type AppErrorCode } from "../lib/errors";
import { formValues } from "../lib/action-state";
import type { SessionUser } from "../lib/auth/session-user";
import { toIsoDate, todayDate, addCalendarDays } from "../lib/time";
import { testDb } from "./db";

export const FUZZ_PARAMS = { seed: 42, numRuns: 40, endOnFailure: true } as const;

const today = todayDate();
const day = (offset: number) => toIsoDate(addCalendarDays(today, offset));

/** Strings nobody types into a form, plus near-misses of every format the schemas accept. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  // Control characters (NUL is rejected by Postgres text columns) around otherwise ordinary text.
  fc
    .tuple(
      fc.constantFrom("", "Goed", "0612345678"),
      fc.constantFrom("\u0000", "\u0001", "\u001b[2J", "\r\n", "\u202e", "\ufeff"),
      fc.constantFrom("", "x"),
    )
    .map(([a, b, c]) => a + b + c),
  fc.constantFrom(
    "",
    " ",
    "x".repeat(5000),
    "é".repeat(4001),
    "🙂".repeat(300),
    '\'; DROP TABLE "User"; --',
    "' OR '1'='1",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
    "${7*7}{{7*7}}",
    "../../etc/passwd",
    "0",
    "-1",
    "1e309",
    "99999999999999999999",
    "NaN",
    "Infinity",
    "on",
    "yes",
    "true",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "9999-12-31",
    // Real dates too far out: the next day overflows date arithmetic (issue 16, item 9).
    "9999-12-29",
    "9999-12-30",
    "2199-12-31",
    "1900-01-01",
    // Date-time near-misses (<input type="datetime-local">): a day that does not exist, an hour that does not.
    "2026-02-30T10:00",
    "2027-01-01T25:99",
    "2027-01-01T24:00",
    "2026-1-1",
    "24:00",
    "23:59",
    "00:00",
    "25:61",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "not-a-uuid",
    "12345678-1234-1234-1234-1234567890ab'--",
    day(0),
    day(-1),
    day(1),
    day(40),
    day(400),
    day(-400),
  ),
  fc.uuid().map(String),
);

type FieldSpec = {
  /** Values that are valid or nearly valid for this field (own ids, foreign ids, enum values, good dates). */
  hints?: readonly unknown[];
  /** Repeated form field (checkbox group): the action passes an array. */
  array?: boolean;
};

/** An input object with the given fields: each missing, nasty, or a hint; now and then a junk extra key. */
export function inputFor(fields: Record<string, FieldSpec>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(fields).map(([key, spec]) => {
    // Mostly plausible values, so most inputs get past the schema and exercise the DAL; one or two nasty fields.
    const hints = spec.hints && spec.hints.length > 0 ? spec.hints : ["", "Gewoon een tekst"];
    const scalar = fc.oneof({ arbitrary: fc.constantFrom(...hints), weight: 5 }, { arbitrary: nastyString, weight: 1 });
    const clean = fc.array(fc.constantFrom(...hints), { minLength: 1, maxLength: 3 });
    const value = spec.array
      ? fc.oneof(
          { arbitrary: clean, weight: 4 },
          { arbitrary: fc.array(scalar, { maxLength: 4 }), weight: 2 },
          { arbitrary: fc.array(scalar, { minLength: 80, maxLength: 90 }), weight: 1 },
          { arbitrary: scalar, weight: 1 },
        )
      : scalar;
    return [key, fc.option(value, { nil: undefined, freq: 20 })] as const;
  });
  const record = fc.record(Object.fromEntries(entries));
  const extra = fc.option(fc.record({ __proto__x: nastyString, organisationId: fc.uuid() }), {
    nil: undefined,
    freq: 5,
  });
  return fc.tuple(record, extra).map(([value, more]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
    return more ? { ...more, ...out } : out;
  });
}

/** Row counts of every table belonging to the given organisations (one statement, so it is cheap per run). */
export async function fingerprint(organisationIds: string[]): Promise<Record<string, number>> {
  const rows = await testDb.$queryRawUnsafe<{ fp: Record<string, number> }[]>(
    `WITH orgs AS (SELECT unnest($1::uuid[]) AS id),
      locs AS (SELECT id FROM "Location" WHERE "organisationId" IN (SELECT id FROM orgs)),
      grps AS (SELECT id FROM "Group" WHERE "locationId" IN (SELECT id FROM locs)),
      fams AS (SELECT id FROM "Family" WHERE "organisationId" IN (SELECT id FROM orgs)),
      usrs AS (SELECT id FROM "User" WHERE "organisationId" IN (SELECT id FROM orgs)),
      kids AS (SELECT id FROM "Child" WHERE "familyId" IN (SELECT id FROM fams)),
      thr AS (SELECT id FROM "Thread" WHERE "familyId" IN (SELECT id FROM fams) OR "groupId" IN (SELECT id FROM grps) OR "locationId" IN (SELECT id FROM locs)),
      msg AS (SELECT id FROM "Message" WHERE "threadId" IN (SELECT id FROM thr)),
      news AS (SELECT id FROM "NewsItem" WHERE "organisationId" IN (SELECT id FROM orgs))
    SELECT json_build_object(
      'Organisation', (SELECT count(*) FROM "Organisation" WHERE id IN (SELECT id FROM orgs)),
      'Location', (SELECT count(*) FROM locs),
      'DagdeelDefinition', (SELECT count(*) FROM "DagdeelDefinition" WHERE "locationId" IN (SELECT id FROM locs)),
      'Group', (SELECT count(*) FROM grps),
      'GroupCapacity', (SELECT count(*) FROM "GroupCapacity" WHERE "groupId" IN (SELECT id FROM grps)),
      'Family', (SELECT count(*) FROM fams),
      'User', (SELECT count(*) FROM usrs),
      'AuthToken', (SELECT count(*) FROM "AuthToken" WHERE "userId" IN (SELECT id FROM usrs)),
      'StaffMembership', (SELECT count(*) FROM "StaffMembership" WHERE "userId" IN (SELECT id FROM usrs)),
      'ManagerLocation', (SELECT count(*) FROM "ManagerLocation" WHERE "userId" IN (SELECT id FROM usrs)),
      'Child', (SELECT count(*) FROM kids),
      'Placement', (SELECT count(*) FROM "Placement" WHERE "childId" IN (SELECT id FROM kids)),
      'Contract', (SELECT count(*) FROM "Contract" WHERE "childId" IN (SELECT id FROM kids)),
      'ContractDay', (SELECT count(*) FROM "ContractDay" WHERE "contractId" IN (SELECT id FROM "Contract" WHERE "childId" IN (SELECT id FROM kids))),
      'PhotoConsent', (SELECT count(*) FROM "PhotoConsent" WHERE "childId" IN (SELECT id FROM kids)),
      'DiaryEntry', (SELECT count(*) FROM "DiaryEntry" WHERE "childId" IN (SELECT id FROM kids)),
      'DiaryEntryPhoto', (SELECT count(*) FROM "DiaryEntryPhoto" WHERE "entryId" IN (SELECT id FROM "DiaryEntry" WHERE "childId" IN (SELECT id FROM kids))),
      'Thread', (SELECT count(*) FROM thr),
      'Message', (SELECT count(*) FROM msg),
      'Attachment', (SELECT count(*) FROM "Attachment" WHERE "messageId" IN (SELECT id FROM msg)),
      'SchoolVacation', (SELECT count(*) FROM "SchoolVacation" WHERE "organisationId" IN (SELECT id FROM orgs)),
      'ClosedDay', (SELECT count(*) FROM "ClosedDay" WHERE "organisationId" IN (SELECT id FROM orgs)),
      'Absence', (SELECT count(*) FROM "Absence" WHERE "childId" IN (SELECT id FROM kids)),
      'CareRequest', (SELECT count(*) FROM "CareRequest" WHERE "familyId" IN (SELECT id FROM fams)),
      'CreditEntry', (SELECT count(*) FROM "CreditEntry" WHERE "childId" IN (SELECT id FROM kids)),
      'ContractChangeRequest', (SELECT count(*) FROM "ContractChangeRequest" WHERE "childId" IN (SELECT id FROM kids)),
      'NewsItem', (SELECT count(*) FROM news),
      'FamilyDocument', (SELECT count(*) FROM "FamilyDocument" WHERE "familyId" IN (SELECT id FROM fams)),
      'ContactPerson', (SELECT count(*) FROM "ContactPerson" WHERE "familyId" IN (SELECT id FROM fams)),
      'AuditEvent', (SELECT count(*) FROM "AuditEvent" WHERE "organisationId" IN (SELECT id FROM orgs) OR "actorId" IN (SELECT id FROM usrs)),
      'PendingNotification', (SELECT count(*) FROM "PendingNotification" WHERE "userId" IN (SELECT id FROM usrs))
    ) AS fp`,
    organisationIds,
  );
  return Object.fromEntries(Object.entries(rows[0].fp).map(([k, v]) => [k, Number(v)]));
}

export type FuzzCase<S extends z.ZodType> = {
  name: string;
  actor: () => SessionUser;
  schema: S;
  fields: Record<string, FieldSpec>;
  run: (actor: SessionUser, input: z.output<S>) => Promise<unknown>;
  /** AppError codes this DAL function may answer with. */
  expected: AppErrorCode[];
  /**
   * Inputs a user would submit successfully (form field values). Random inputs seldom get every field right, so
   * these are mixed in as they are and with one field replaced by a nasty value: the success path is fuzzed too,
   * and the case fails unless at least one input was written.
   */
  examples?: Record<string, unknown>[];
};

export type FuzzOutcome = { invalid: number; rejected: number; written: number };

/**
 * What an action hands its schema: the generated values go through a real FormData (everything becomes a string)
 * and `formValues()` (lib/action-state.ts); repeated fields are read with getAll, as the actions do.
 */
export function asActionInput(
  input: Record<string, unknown>,
  fields: Record<string, FieldSpec>,
): Record<string, unknown> {
  const form = new FormData();
  for (const [key, value] of Object.entries(input))
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, String(item));
  const values: Record<string, unknown> = formValues(form);
  for (const [key, spec] of Object.entries(fields)) if (spec.array) values[key] = form.getAll(key).map(String);
  return values;
}

/** Runs one fuzz property; returns how the inputs fell (so a test can check the fuzzer reached the DAL at all). */
export async function fuzz<S extends z.ZodType>(
  c: FuzzCase<S>,
  organisationIds: string[],
  params: Partial<fc.Parameters<[Record<string, unknown>]>> = {},
): Promise<FuzzOutcome> {
  const outcome: FuzzOutcome = { invalid: 0, rejected: 0, written: 0 };
  await fc.assert(
    fc.asyncProperty(inputsFor(c), async (input) => {
      const before = await fingerprint(organisationIds);
      const parsed = c.schema.safeParse(asActionInput(input, c.fields));
      if (!parsed.success) {
        outcome.invalid++;
        expect(await fingerprint(organisationIds)).toEqual(before);
        return;
      }
      try {
        await c.run(c.actor(), parsed.data);
        outcome.written++;
      } catch (error) {
        if (!isAppError(error))
          throw new Error(`${c.name}: unexpected ${String(error)} for ${JSON.stringify(input).slice(0, 400)}`, {
            cause: error,
          });
        expect(c.expected, `${c.name}: AppError ${error.code} (${error.messageKey})`).toContain(error.code);
        outcome.rejected++;
        expect(await fingerprint(organisationIds), `${c.name}: rejected input wrote rows`).toEqual(before);
      }
    }),
    { ...FUZZ_PARAMS, ...params },
  );
  // FUZZ_DEBUG=1 prints how the inputs fell per case (schema-invalid / rejected by the DAL / written).
  if (process.env.FUZZ_DEBUG) console.log(c.name, JSON.stringify(outcome));
  if (c.examples?.length) expect(outcome.written, `${c.name}: no valid input was written`).toBeGreaterThan(0);
  return outcome;
}

/** Random inputs, plus the case's valid examples as they are and with one field made nasty. */
function inputsFor(c: Pick<FuzzCase<z.ZodType>, "fields" | "examples">): fc.Arbitrary<Record<string, unknown>> {
  const random = inputFor(c.fields);
  if (!c.examples?.length) return random;
  const example = fc.constantFrom(...c.examples);
  const spoiled = fc
    .tuple(example, fc.constantFrom(...Object.keys(c.fields)), nastyString)
    .map(([valid, key, value]) => ({ ...valid, [key]: value }));
  return fc.oneof(
    { arbitrary: random, weight: 3 },
    { arbitrary: example, weight: 1 },
    { arbitrary: spoiled, weight: 1 },
  );
}
