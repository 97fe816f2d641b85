import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getFamilyDetail, listGroupOptions } from "@/lib/beheer/admin-queries";
import { formatContractDays } from "@/lib/beheer/contract-days";
import { toIsoDate } from "@/lib/time";
import { formatDate, formatDateTime } from "@/components/format";
import { Card, PageTitle } from "@/components/ui/card";
import { listExportRequests } from "@/lib/privacy/export-requests";
import { AdminForm } from "../../admin-form";
import { RowActionForm } from "@/components/action-feedback";
import { AccountActions } from "../account-actions";
import { MoveGuardianForm } from "../move-guardian-form";
import {
  addChildHouseholdAction,
  addGuardianAction,
  addPlacementAction,
  changeEmailAction,
  createChildAction,
  createContractAction,
  endContractAction,
  endPlacementAction,
  updateChildAction,
  prepareExportAction,
  removeChildHouseholdAction,
  updateFamilyAction,
} from "../admin-actions";

export const metadata = { title: "Gezin" };

export default async function FamilyDetailPage({ params }: { params: Promise<{ familyId: string }> }) {
  const user = await requireRole("BEHEERDER");
  const { familyId } = await params;
  const [family, groups, t, tb, tx, tl, locale] = await Promise.all([
    getFamilyDetail(user, familyId),
    listGroupOptions(user),
    getTranslations("admin"),
    getTranslations("beheer"),
    getTranslations("privacyExport"),
    getTranslations("ledger"),
    getLocale(),
  ]);
  const te = await getTranslations("essentials");
  if (!family) notFound();
  const exportRequests = await listExportRequests(user, family.id);
  const date = (value: Date) => formatDate(toIsoDate(value), locale);
  const groupOptions = groups.map((g) => ({ value: g.id, label: `${g.name} (${g.careType}, ${g.location.name})` }));
  const hidden = (name: string, value: string) => ({ kind: "hidden" as const, name, value });

  return (
    <>
      <PageTitle sub={`${tb("debiteurnummer")}: ${family.debiteurnummer}`}>{family.name}</PageTitle>
      <div className="space-y-4">
        <Card title={t("familyData")}>
          <AdminForm
            id="family"
            action={updateFamilyAction}
            submitLabel={t("save")}
            fields={[
              hidden("familyId", family.id),
              { kind: "text", name: "name", label: t("familyName"), defaultValue: family.name },
              { kind: "text", name: "address", label: t("address"), defaultValue: family.address },
            ]}
          />
        </Card>

        <Card title={t("guardians")}>
          <ul className="divide-y divide-slate-100">
            {family.guardians.map((guardian) => (
              <li
                key={guardian.id}
                className="flex flex-col gap-2 py-3 md:flex-row md:flex-wrap md:items-center md:justify-between"
                data-testid={`guardian-${guardian.loginName}`}
              >
                <div>
                  <p className="font-medium">{guardian.name}</p>
                  <p className="text-sm text-slate-600">
                    {guardian.loginName} · {guardian.email} · {tb(`status${guardian.status}`)}
                  </p>
                </div>
                <AccountActions userId={guardian.id} status={guardian.status} guardianName={guardian.name} />
                <details className="w-full md:basis-full">
                  <summary className="min-h-11 cursor-pointer py-2 text-brand-800">
                    {t("changeEmail")}
                    <span className="sr-only">: {guardian.name}</span>
                  </summary>
                  <AdminForm
                    id={`email-${guardian.id}`}
                    action={changeEmailAction}
                    submitLabel={t("save")}
                    fields={[
                      hidden("familyId", family.id),
                      hidden("userId", guardian.id),
                      { kind: "email", name: "email", label: t("guardianEmail"), defaultValue: guardian.email },
                    ]}
                  />
                </details>
              </li>
            ))}
          </ul>
          <h3 className="mt-4 mb-2 font-medium">{t("moveGuardian")}</h3>
          <MoveGuardianForm
            familyId={family.id}
            guardians={family.guardians.map(({ id, name, loginName }) => ({ id, name, loginName }))}
          />
          <h3 className="mt-4 mb-2 font-medium">{t("addGuardian")}</h3>
          <AdminForm
            id="guardian"
            action={addGuardianAction}
            submitLabel={t("addGuardian")}
            resetOnSuccess
            fields={[
              hidden("familyId", family.id),
              { kind: "text", name: "name", label: t("guardianName") },
              { kind: "email", name: "email", label: t("guardianEmail") },
            ]}
          />
        </Card>

        {family.sharedChildren.length > 0 && (
          <Card title={t("sharedChildren")}>
            <p className="mb-2 text-sm text-slate-600">{t("sharedChildrenHint")}</p>
            <ul className="divide-y divide-slate-100">
              {family.sharedChildren.map(({ child }) => (
                <li key={child.id} className="py-2">
                  <Link href={`/beheer/gezinnen/${child.family.id}`} className="text-brand-800 underline">
                    {child.firstName} {child.lastName} ({child.family.debiteurnummer})
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        )}

        {family.children.map((child) => (
          <Card key={child.id} title={`${child.firstName} ${child.lastName}`}>
            <p className="text-sm text-slate-700">
              {t("birthDate")}: {date(child.birthDate)} · {t("consentPhotograph")}:{" "}
              {child.consentPhotograph ? t("yes") : t("no")} · {t("consentShare")}:{" "}
              {child.consentShareGroup ? t("yes") : t("no")}
            </p>
            <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
              <Link
                href={`/beheer/gezondheid/${child.id}`}
                className="inline-flex min-h-11 items-center text-brand-800 underline"
              >
                {te("edit")}
                <span className="sr-only">: {`${child.firstName} ${child.lastName}`}</span>
              </Link>
              <Link href={`/tegoed/${child.id}`} className="inline-flex min-h-11 items-center text-brand-800 underline">
                {tl("link")}
              </Link>
            </p>
            <details className="mt-2">
              <summary className="min-h-11 cursor-pointer py-2 text-brand-800">{t("editChild")}</summary>
              <AdminForm
                id={`child-${child.id}`}
                action={updateChildAction}
                submitLabel={t("save")}
                columns={3}
                fields={[
                  hidden("familyId", family.id),
                  hidden("childId", child.id),
                  { kind: "text", name: "firstName", label: t("firstName"), defaultValue: child.firstName },
                  { kind: "text", name: "lastName", label: t("lastName"), defaultValue: child.lastName },
                  { kind: "date", name: "birthDate", label: t("birthDate"), defaultValue: toIsoDate(child.birthDate) },
                ]}
              />
            </details>
            <h3 className="mt-4 font-medium">{t("placements")}</h3>
            <ul className="divide-y divide-slate-100">
              {child.placements.map((placement) => (
                <li key={placement.id} className="py-2">
                  <p>
                    {placement.group.name} ({placement.group.careType}) · {date(placement.startDate)} –{" "}
                    {placement.endDate ? date(placement.endDate) : t("openEnded")}
                  </p>
                  {!placement.endDate && (
                    <AdminForm
                      id={`end-${placement.id}`}
                      action={endPlacementAction}
                      submitLabel={t("endPlacement")}
                      columns={3}
                      fields={[
                        hidden("familyId", family.id),
                        hidden("placementId", placement.id),
                        { kind: "date", name: "endDate", label: t("lastDay") },
                      ]}
                    />
                  )}
                </li>
              ))}
            </ul>
            <details className="mt-2">
              <summary className="min-h-11 cursor-pointer py-2 text-brand-800">{t("addPlacement")}</summary>
              <AdminForm
                id={`placement-${child.id}`}
                action={addPlacementAction}
                submitLabel={t("addPlacement")}
                resetOnSuccess
                columns={3}
                fields={[
                  hidden("familyId", family.id),
                  hidden("childId", child.id),
                  { kind: "select", name: "groupId", label: t("group"), options: groupOptions },
                  { kind: "date", name: "startDate", label: t("startDate") },
                  { kind: "date", name: "endDate", label: t("endDateOptional") },
                ]}
              />
            </details>
            <h3 className="mt-4 font-medium">{t("households")}</h3>
            <p className="text-sm text-slate-600">{t("householdsHint")}</p>
            <ul className="divide-y divide-slate-100">
              {child.households.map(({ family: household }) => (
                <li key={household.id} className="flex items-center justify-between gap-3 py-2">
                  <Link href={`/beheer/gezinnen/${household.id}`} className="text-brand-800 underline">
                    {household.name} ({household.debiteurnummer})
                  </Link>
                  <RowActionForm
                    action={removeChildHouseholdAction}
                    fields={{ familyId: family.id, childId: child.id, householdId: household.id }}
                    label={t("householdRemove")}
                    ariaLabel={`${t("householdRemove")}: ${household.name}`}
                    confirm={{
                      about: household.name,
                      question: t("householdRemoveQuestion", { name: household.name, child: child.firstName }),
                      confirmLabel: t("householdRemoveConfirm"),
                      cancelLabel: t("cancel"),
                    }}
                  />
                </li>
              ))}
            </ul>
            <details className="mt-2">
              <summary className="min-h-11 cursor-pointer py-2 text-brand-800">{t("householdAdd")}</summary>
              <AdminForm
                id={`household-${child.id}`}
                action={addChildHouseholdAction}
                submitLabel={t("householdAdd")}
                resetOnSuccess
                fields={[
                  hidden("familyId", family.id),
                  hidden("childId", child.id),
                  { kind: "text", name: "debiteurnummer", label: t("householdDebiteurnummer") },
                ]}
              />
            </details>
            <h3 className="mt-4 font-medium">{t("contracts")}</h3>
            <ul className="divide-y divide-slate-100">
              {child.contracts.map((contract) => (
                <li key={contract.id} className="py-2">
                  {contract.careType} · {date(contract.startDate)} –{" "}
                  {contract.endDate ? date(contract.endDate) : t("openEnded")} · {t("days")}:{" "}
                  {formatContractDays(contract.days)}
                  {contract.vacationMinutesPerYear > 0 &&
                    ` · ${t("vacationHoursValue", { hours: String(contract.vacationMinutesPerYear / 60) })}`}
                  {!contract.endDate && (
                    <AdminForm
                      id={`end-contract-${contract.id}`}
                      action={endContractAction}
                      submitLabel={t("endContract")}
                      columns={3}
                      fields={[
                        hidden("familyId", family.id),
                        hidden("contractId", contract.id),
                        { kind: "date", name: "endDate", label: t("contractLastDay") },
                      ]}
                    />
                  )}
                </li>
              ))}
            </ul>
            <details className="mt-2">
              <summary className="min-h-11 cursor-pointer py-2 text-brand-800">{t("addContract")}</summary>
              <AdminForm
                id={`contract-${child.id}`}
                action={createContractAction}
                submitLabel={t("addContract")}
                resetOnSuccess
                columns={3}
                fields={[
                  hidden("familyId", family.id),
                  hidden("childId", child.id),
                  {
                    kind: "select",
                    name: "careType",
                    label: t("careType"),
                    options: [
                      { value: "KDV", label: "KDV" },
                      { value: "BSO", label: "BSO" },
                    ],
                  },
                  { kind: "date", name: "startDate", label: t("startDate") },
                  { kind: "date", name: "endDate", label: t("endDateOptional") },
                  { kind: "text", name: "days", label: t("days"), hint: t("daysHint") },
                  { kind: "number", name: "vacationHours", label: t("vacationHours"), defaultValue: "0" },
                ]}
              />
            </details>
          </Card>
        ))}

        <Card title={t("addChild")}>
          <AdminForm
            id="child"
            action={createChildAction}
            submitLabel={t("addChild")}
            resetOnSuccess
            columns={3}
            fields={[
              hidden("familyId", family.id),
              { kind: "text", name: "firstName", label: t("firstName") },
              { kind: "text", name: "lastName", label: t("lastName") },
              { kind: "date", name: "birthDate", label: t("birthDate") },
            ]}
          />
        </Card>

        {/* AVG export: prepared for the family, never downloaded here (lib/privacy/export-requests.ts). */}
        <Card title={tx("beheerTitle")}>
          <p className="mb-3 text-sm text-slate-700">{tx("beheerIntro")}</p>
          <AdminForm
            id="export"
            action={prepareExportAction}
            submitLabel={tx("prepare")}
            resetOnSuccess
            columns={1}
            fields={[
              hidden("familyId", family.id),
              { kind: "text", name: "reason", label: tx("reason"), hint: tx("reasonHint"), maxLength: 500 },
            ]}
          />
          {exportRequests.length > 0 && (
            <ul className="mt-4 divide-y divide-slate-100 text-sm" aria-label={tx("history")}>
              {exportRequests.map((request) => (
                <li key={request.id} className="py-2">
                  <p>
                    {tx("preparedOn", { date: formatDateTime(request.createdAt, locale) })} · {request.reason}
                  </p>
                  <p className="text-slate-600">
                    {request.firstDownloadedAt
                      ? tx("downloadedOn", { date: formatDateTime(request.firstDownloadedAt, locale) })
                      : tx("notDownloaded")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
