import { getTranslations } from "next-intl/server";
import { isStaff, requireRole } from "@/lib/authz";
import { listGroupOptions, listLocations, listStaffAndManagers } from "@/lib/beheer/admin-queries";
import { Card, PageTitle } from "@/components/ui/card";
import { AdminForm } from "../admin-form";
import { AccountActions } from "../gezinnen/account-actions";
import { changeEmailAction } from "../gezinnen/admin-actions";
import { createManagerAction, createStaffAction, setManagerLocationsAction, setStaffGroupsAction } from "./actions";

export const metadata = { title: "Medewerkers" };

export default async function StaffPage() {
  const user = await requireRole("BEHEERDER");
  const [people, groups, locations, t, tb] = await Promise.all([
    listStaffAndManagers(user),
    listGroupOptions(user),
    listLocations(user),
    getTranslations("admin"),
    getTranslations("beheer"),
  ]);
  const groupOptions = groups.map((g) => ({ value: g.id, label: `${g.name} (${g.location.name})` }));
  const locationOptions = locations.map((l) => ({ value: l.id, label: l.name }));
  return (
    <>
      <PageTitle>{t("staffTitle")}</PageTitle>
      <div className="space-y-4">
        <Card title={t("staffAndManagers")}>
          <ul className="divide-y divide-slate-100">
            {people.map((person) => (
              <li key={person.id} className="space-y-2 py-3">
                <div className="flex flex-col gap-2 md:flex-row md:items-center md:justify-between">
                  <div>
                    <p className="font-medium">
                      {person.name} · {t(`role${person.role}`)}
                    </p>
                    <p className="text-sm text-slate-600">
                      {person.email} · {tb(`status${person.status}`)}
                    </p>
                  </div>
                  <AccountActions userId={person.id} status={person.status} guardianName={person.name} />
                </div>
                <details>
                  <summary className="min-h-11 cursor-pointer py-2 text-brand-800">
                    {t("changeEmail")}
                    <span className="sr-only">: {person.name}</span>
                  </summary>
                  <AdminForm
                    id={`email-${person.id}`}
                    action={changeEmailAction}
                    submitLabel={t("save")}
                    fields={[
                      { kind: "hidden", name: "userId", value: person.id },
                      {
                        kind: "email",
                        name: "email",
                        label: t("email"),
                        hint: t("staffLoginHint"),
                        defaultValue: person.email,
                      },
                    ]}
                  />
                </details>
                <details>
                  <summary className="min-h-11 cursor-pointer py-2 text-brand-800">
                    {isStaff(person)
                      ? t("groupsOf", { names: person.staffMemberships.map((m) => m.group.name).join(", ") || "–" })
                      : t("locationsOf", {
                          names: person.managedLocations.map((m) => m.location.name).join(", ") || "–",
                        })}
                  </summary>
                  {isStaff(person) ? (
                    <AdminForm
                      id={`groups-${person.id}`}
                      action={setStaffGroupsAction}
                      submitLabel={t("save")}
                      fields={[
                        { kind: "hidden", name: "userId", value: person.id },
                        {
                          kind: "checkboxes",
                          name: "groupIds",
                          label: t("groups"),
                          options: groupOptions,
                          defaultValues: person.staffMemberships.map((m) => m.groupId),
                        },
                      ]}
                    />
                  ) : (
                    <AdminForm
                      id={`locations-${person.id}`}
                      action={setManagerLocationsAction}
                      submitLabel={t("save")}
                      fields={[
                        { kind: "hidden", name: "userId", value: person.id },
                        {
                          kind: "checkboxes",
                          name: "locationIds",
                          label: t("locations"),
                          options: locationOptions,
                          defaultValues: person.managedLocations.map((m) => m.locationId),
                        },
                      ]}
                    />
                  )}
                </details>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("newStaff")}>
          <AdminForm
            id="staff"
            action={createStaffAction}
            submitLabel={t("newStaff")}
            resetOnSuccess
            fields={[
              { kind: "text", name: "name", label: t("personName") },
              { kind: "email", name: "email", label: t("email"), hint: t("staffLoginHint") },
              { kind: "checkboxes", name: "groupIds", label: t("groups"), options: groupOptions },
            ]}
          />
        </Card>
        <Card title={t("newManager")}>
          <AdminForm
            id="manager"
            action={createManagerAction}
            submitLabel={t("newManager")}
            resetOnSuccess
            fields={[
              { kind: "text", name: "name", label: t("personName") },
              { kind: "email", name: "email", label: t("email"), hint: t("staffLoginHint") },
              { kind: "checkboxes", name: "locationIds", label: t("locations"), options: locationOptions },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
