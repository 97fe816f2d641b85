import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listGroupContacts } from "@/lib/contacts/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";

export const metadata = { title: "Ophalen & noodnummers" };

const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, "")}`;

/** Tablet-first: per group, per child, who may pick up and whom to call. Scope: lib/contacts listGroupContacts. */
export default async function GroupContactsPage() {
  const user = await requireRole("STAFF", "MANAGER", "BEHEERDER");
  const [groups, t] = await Promise.all([listGroupContacts(user), getTranslations("contacts")]);
  return (
    <>
      <PageTitle sub={t("staffIntro")}>{t("staffTitle")}</PageTitle>
      {groups.length === 0 && <Notice>{t("noGroups")}</Notice>}
      <div className="space-y-4">
        {groups.map((group) => (
          <Card key={group.id} title={`${group.name} · ${group.careType} · ${group.locationName}`}>
            {group.children.length === 0 && <p className="text-slate-600">{t("noChildren")}</p>}
            <ul className="grid gap-3 md:grid-cols-2">
              {group.children.map((child) => (
                <li key={child.id} className="rounded-xl bg-slate-50 p-3" data-testid={`contacts-${child.id}`}>
                  <h3 className="font-semibold">
                    {child.firstName} {child.lastName}
                  </h3>
                  <p className="text-sm text-slate-600">{t("guardians")}:</p>
                  <ul className="mb-2 text-sm">
                    {child.guardians.map((guardian) => (
                      <li key={guardian.name}>
                        {guardian.name} ·{" "}
                        {guardian.phone ? (
                          <a href={telHref(guardian.phone)} className="text-brand-800 underline">
                            {guardian.phone}
                          </a>
                        ) : (
                          <span className="text-slate-500">{t("noPhone")}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                  {child.contacts.length === 0 ? (
                    <p className="text-sm text-slate-500">{t("noContacts")}</p>
                  ) : (
                    <ul className="space-y-1 text-sm">
                      {child.contacts.map((contact) => (
                        <li key={contact.id}>
                          <span className="font-medium">{contact.name}</span>
                          {contact.relation && <span className="text-slate-600"> ({contact.relation})</span>} ·{" "}
                          <a href={telHref(contact.phone)} className="text-brand-800 underline">
                            {contact.phone}
                          </a>
                          <span className="ml-1 inline-flex flex-wrap gap-1 align-middle text-xs">
                            {contact.isEmergency && (
                              <span className="rounded-full bg-red-100 px-2 py-0.5 font-medium text-red-800">
                                {t("isEmergency")}
                              </span>
                            )}
                            {contact.mayPickUp && (
                              <span className="rounded-full bg-green-100 px-2 py-0.5 font-medium text-green-800">
                                {t("mayPickUp")}
                              </span>
                            )}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
