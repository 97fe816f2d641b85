import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getAttendance, listGroupChildren } from "@/lib/planning/queries";
import { listGroupContacts } from "@/lib/contacts/queries";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/format";
import { StaffAbsenceForm, StaffExtraForm } from "@/components/planning/staff-forms";
import { isUuid } from "@/lib/ids";
import { notFound } from "next/navigation";
import { notFoundOnAppError } from "@/components/planning/not-found";
import { dateOnly, todayDate, toIsoDate } from "@/lib/time";
import { getPresenceDay } from "@/lib/presence/queries";
import { listEssentialsBadges } from "@/lib/essentials/queries";
import { PresenceList } from "./presence-list";
import { createRequestAction, reportAbsenceAction } from "@/app/(portal)/ouder/planning/actions";

const validDate = (value: string | undefined) => {
  try {
    return value ? toIsoDate(dateOnly(value)) : null;
  } catch {
    return null;
  }
};

export const metadata = { title: "Aanwezigheid" };

const tone = {
  expected: "bg-brand-50 text-brand-800",
  absent: "bg-amber-100 text-amber-900",
  extra: "bg-green-100 text-green-800",
  pending: "bg-sky-100 text-sky-900",
} as const;

/** Tablet-first attendance list per group and day: expected (contract), absent (with reason), extra (approved). */
export default async function AttendancePage({
  searchParams,
}: {
  searchParams: Promise<{ groep?: string; datum?: string }>;
}) {
  const user = await requireRole("STAFF", "MANAGER", "BEHEERDER");
  const [{ groep, datum }, t, tp, tl, locale] = await Promise.all([
    searchParams,
    getTranslations("planningStaff"),
    getTranslations("planning"),
    getTranslations("ledger"),
    getLocale(),
  ]);
  const today = toIsoDate(todayDate());
  const date = validDate(datum) ?? today;
  if (groep && !isUuid(groep)) notFound();
  // A group outside the user's scope is "not yours": the same 404 as a group that does not exist.
  const attendance = await getAttendance(user, { groupId: groep, date }).catch(notFoundOnAppError);
  if (!attendance.group) {
    return (
      <>
        <PageTitle>{t("title")}</PageTitle>
        <Notice>{t("noGroups")}</Notice>
      </>
    );
  }
  const group = attendance.group;
  const dagdelen =
    group.careType === "KDV" ? ["OCHTEND", "MIDDAG"] : attendance.vacationName ? ["OCHTEND", "MIDDAG"] : ["NASCHOOLS"];
  // Everyone placed in the group that day can be registered (extra care is for children not expected that day).
  const [children, contactGroups, presenceDay] = await Promise.all([
    listGroupChildren(user, group.id, attendance.date),
    listGroupContacts(user, dateOnly(attendance.date)),
    // Today: check-in and check-out (issue 18). Other days keep the booking list.
    attendance.date === today ? getPresenceDay(user, { groupId: group.id }) : null,
  ]);
  // Who may pick each child up, from the same scoped read model as "Ophalen & noodnummers".
  const pickUp = new Map(
    (contactGroups.find((g) => g.id === group.id)?.children ?? []).map((child) => [
      child.id,
      child.contacts.filter((c) => c.mayPickUp).map((c) => c.name),
    ]),
  );
  return (
    <>
      <PageTitle
        sub={formatDate(attendance.date, locale, "EEEE d MMMM yyyy")}
      >{`${t("title")} · ${group.name}`}</PageTitle>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor="groep" className="block text-sm font-medium text-slate-700">
            {t("group")}
          </label>
          <select
            id="groep"
            name="groep"
            defaultValue={group.id}
            className="block min-h-11 rounded-lg border border-slate-300 bg-white px-3"
          >
            {attendance.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="datum" className="block text-sm font-medium text-slate-700">
            {t("date")}
          </label>
          <input
            id="datum"
            name="datum"
            type="date"
            defaultValue={attendance.date}
            className="block min-h-11 rounded-lg border border-slate-300 bg-white px-3"
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      {attendance.closedName && <Notice>{t("closedDay", { name: attendance.closedName })}</Notice>}
      {attendance.vacationName && <Notice>{t("vacationDay", { name: attendance.vacationName })}</Notice>}
      <div className="mt-3 grid gap-4 lg:grid-cols-[2fr_1fr]">
        {presenceDay ? (
          <PresenceList
            day={presenceDay}
            badges={
              await listEssentialsBadges(
                user,
                presenceDay.presence.map((r) => r.childId),
              )
            }
          />
        ) : (
          <Card title={group.name}>
            <p className="mb-2 text-sm">
              <Link href="/groep/contacten" className="text-brand-800 underline">
                {t("contactsLink")}
              </Link>
            </p>
            {attendance.totals.length > 0 && (
              <p className="mb-2 flex flex-wrap gap-3 text-sm text-slate-700" data-testid="attendance-totals">
                {attendance.totals.map((x) => (
                  <span key={x.dagdeel}>
                    {x.capacity === null
                      ? t("totalsNoCapacity", { dagdeel: tp(`dagdeel_${x.dagdeel}`), present: String(x.present) })
                      : t("totals", {
                          dagdeel: tp(`dagdeel_${x.dagdeel}`),
                          present: String(x.present),
                          capacity: String(x.capacity),
                        })}
                  </span>
                ))}
              </p>
            )}
            {attendance.rows.length === 0 ? (
              <p className="text-slate-600">{t("empty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100" aria-label={t("title")}>
                {attendance.rows.map((row) => (
                  <li
                    key={row.childId}
                    className="flex min-h-12 flex-col gap-1 py-2 md:flex-row md:items-center md:justify-between"
                    data-testid="attendance-row"
                  >
                    <span>
                      <Link
                        href={`/tegoed/${row.childId}`}
                        className="font-medium text-brand-800 underline"
                        aria-label={`${row.name}: ${tl("link")}`}
                      >
                        {row.name}
                      </Link>
                      {(pickUp.get(row.childId)?.length ?? 0) > 0 && (
                        <span className="block text-xs text-slate-600">
                          {t("pickUp", { names: pickUp.get(row.childId)!.join(", ") })}
                        </span>
                      )}
                    </span>
                    <span className="flex flex-wrap gap-1">
                      {row.slots.map((slot) => (
                        <span
                          key={`${slot.dagdeel}-${slot.status}-${slot.requestType ?? ""}`}
                          className={`rounded-full px-2 py-0.5 text-sm font-medium ${tone[slot.status]}`}
                        >
                          {tp(`dagdeel_${slot.dagdeel}`)}: {t(`status_${slot.status}`)}
                          {slot.requestType === "SWAP" && ` (${tp("type_SWAP")})`}
                          {slot.reason && ` (${tp(`reason_${slot.reason}`)}${slot.comment ? `: ${slot.comment}` : ""})`}
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
        {attendance.date >= today && children.length > 0 && (
          <div className="space-y-4">
            <p className="text-sm text-slate-600">{t("registerNote")}</p>
            <Card title={t("registerAbsence")}>
              <StaffAbsenceForm
                action={reportAbsenceAction}
                date={attendance.date}
                childOptions={children}
                dagdelen={dagdelen}
              />
            </Card>
            <Card title={t("registerExtra")}>
              <StaffExtraForm
                action={createRequestAction}
                date={attendance.date}
                childOptions={children}
                dagdelen={dagdelen}
              />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
