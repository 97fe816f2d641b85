import { getTranslations } from "next-intl/server";
import { isBeheerder, requireRole } from "@/lib/authz";
import { listLocations } from "@/lib/beheer/admin-queries";
import { clockFromMinutes } from "@/lib/time";
import { Card, PageTitle } from "@/components/ui/card";
import { AdminForm } from "../admin-form";
import { createGroupAction, createLocationAction, setDagdeelTimesAction, setGroupCapacityAction } from "./actions";

export const metadata = { title: "Locaties en groepen" };

/** Beheerders manage; managers see their own locations read-only. */
export default async function LocationsPage() {
  const user = await requireRole("BEHEERDER", "MANAGER");
  const editable = isBeheerder(user);
  const [locations, t] = await Promise.all([listLocations(user), getTranslations("admin")]);
  return (
    <>
      <PageTitle sub={editable ? undefined : t("readOnly")}>{t("locationsTitle")}</PageTitle>
      <div className="space-y-4">
        {locations.map((location) => {
          const times = Object.fromEntries(location.dagdelen.map((d) => [d.dagdeel, d]));
          return (
            <Card key={location.id} title={`${location.name} · LRK ${location.lrkNumber}`}>
              {location.address && <p className="text-sm text-slate-600">{location.address}</p>}
              <h3 className="mt-3 font-medium">{t("dagdelen")}</h3>
              {editable ? (
                <AdminForm
                  id={`times-${location.id}`}
                  action={setDagdeelTimesAction}
                  submitLabel={t("save")}
                  columns={3}
                  fields={[
                    { kind: "hidden", name: "locationId", value: location.id },
                    ...(["OCHTEND", "MIDDAG", "NASCHOOLS"] as const).flatMap((dagdeel) => {
                      const key = dagdeel.toLowerCase();
                      return [
                        {
                          kind: "time" as const,
                          name: `${key}Start`,
                          label: t("dagdeelStart", { dagdeel: t(`dagdeel${dagdeel}`) }),
                          defaultValue: clockFromMinutes(times[dagdeel]?.startMinutes),
                        },
                        {
                          kind: "time" as const,
                          name: `${key}End`,
                          label: t("dagdeelEnd", { dagdeel: t(`dagdeel${dagdeel}`) }),
                          defaultValue: clockFromMinutes(times[dagdeel]?.endMinutes),
                        },
                      ];
                    }),
                  ]}
                />
              ) : (
                <ul className="text-sm">
                  {location.dagdelen.map((d) => (
                    <li key={d.dagdeel}>
                      {t(`dagdeel${d.dagdeel}`)}: {clockFromMinutes(d.startMinutes)}–{clockFromMinutes(d.endMinutes)}
                    </li>
                  ))}
                </ul>
              )}
              <h3 className="mt-4 font-medium">{t("groups")}</h3>
              <ul className="divide-y divide-slate-100">
                {location.groups.map((group) => {
                  const capacity = Object.fromEntries(group.capacities.map((c) => [c.dagdeel, c.capacity]));
                  return (
                    <li key={group.id} className="py-2">
                      <p className="font-medium">
                        {group.name} · {group.careType} · {t("staffCount", { count: String(group._count.staff) })}
                      </p>
                      {editable ? (
                        <AdminForm
                          id={`cap-${group.id}`}
                          action={setGroupCapacityAction}
                          submitLabel={t("save")}
                          columns={3}
                          fields={[
                            { kind: "hidden", name: "groupId", value: group.id },
                            {
                              kind: "text",
                              name: "phone",
                              label: t("groupPhone"),
                              hint: t("groupPhoneHint"),
                              defaultValue: group.phone,
                            },
                            {
                              kind: "number",
                              name: "capacityOchtend",
                              label: t("capacityOf", { dagdeel: t("dagdeelOCHTEND") }),
                              defaultValue: String(capacity.OCHTEND ?? 0),
                            },
                            {
                              kind: "number",
                              name: "capacityMiddag",
                              label: t("capacityOf", { dagdeel: t("dagdeelMIDDAG") }),
                              defaultValue: String(capacity.MIDDAG ?? 0),
                            },
                            group.careType === "BSO"
                              ? {
                                  kind: "number",
                                  name: "capacityNaschools",
                                  label: t("capacityOf", { dagdeel: t("dagdeelNASCHOOLS") }),
                                  defaultValue: String(capacity.NASCHOOLS ?? 0),
                                }
                              : { kind: "hidden", name: "capacityNaschools", value: "0" },
                          ]}
                        />
                      ) : (
                        <p className="text-sm text-slate-600">
                          {group.capacities.map((c) => `${t(`dagdeel${c.dagdeel}`)}: ${c.capacity}`).join(" · ")}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
              {editable && (
                <details className="mt-2">
                  <summary className="min-h-11 cursor-pointer py-2 text-brand-800">{t("newGroup")}</summary>
                  <AdminForm
                    id={`group-${location.id}`}
                    action={createGroupAction}
                    submitLabel={t("newGroup")}
                    resetOnSuccess
                    columns={3}
                    fields={[
                      { kind: "hidden", name: "locationId", value: location.id },
                      { kind: "text", name: "name", label: t("groupName") },
                      { kind: "text", name: "phone", label: t("groupPhone"), hint: t("groupPhoneHint") },
                      {
                        kind: "select",
                        name: "careType",
                        label: t("careType"),
                        options: [
                          { value: "KDV", label: "KDV" },
                          { value: "BSO", label: "BSO" },
                        ],
                      },
                      {
                        kind: "number",
                        name: "capacityOchtend",
                        label: t("capacityOf", { dagdeel: t("dagdeelOCHTEND") }),
                        defaultValue: "12",
                      },
                      {
                        kind: "number",
                        name: "capacityMiddag",
                        label: t("capacityOf", { dagdeel: t("dagdeelMIDDAG") }),
                        defaultValue: "12",
                      },
                      {
                        kind: "number",
                        name: "capacityNaschools",
                        label: t("capacityOf", { dagdeel: t("dagdeelNASCHOOLS") }),
                        defaultValue: "0",
                        hint: t("naschoolsHint"),
                      },
                    ]}
                  />
                </details>
              )}
            </Card>
          );
        })}
        {editable && (
          <Card title={t("newLocation")}>
            <AdminForm
              id="location"
              action={createLocationAction}
              submitLabel={t("newLocation")}
              resetOnSuccess
              columns={3}
              fields={[
                { kind: "text", name: "name", label: t("locationName") },
                { kind: "text", name: "lrkNumber", label: t("lrkNumber"), hint: t("lrkHint") },
                { kind: "text", name: "address", label: t("address") },
              ]}
            />
          </Card>
        )}
      </div>
    </>
  );
}
