import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getHelpContacts } from "@/lib/contacts/help";
import { Card, PageTitle } from "@/components/ui/card";

export const metadata = { title: "Vragen en contact" };

const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, "")}`;
const linkClass = "inline-flex min-h-11 items-center text-brand-800 underline";

/** "Vragen en contact": what goes where (the letter's rules), the group's phone, the location manager, the mailbox. */
export default async function HelpPage() {
  const user = await requireRole("PARENT");
  const [help, t] = await Promise.all([getHelpContacts(user), getTranslations("help")]);
  const mailto = `mailto:${help.contactEmail}`;
  return (
    <>
      <PageTitle sub={help.organisationName}>{t("title")}</PageTitle>
      <div className="space-y-4">
        <Card title={t("whereTitle")}>
          <dl className="space-y-4">
            <div>
              <dt className="font-semibold">{t("smallTitle")}</dt>
              <dd className="text-slate-700">
                <p>{t("small")}</p>
                <Link href="/berichten/nieuw" className={linkClass}>
                  {t("smallAction")}
                </Link>
              </dd>
            </div>
            <div>
              <dt className="font-semibold">{t("longTitle")}</dt>
              <dd className="text-slate-700">
                <p>{t("long")}</p>
                <p>
                  {t("mailbox")}:{" "}
                  <a href={mailto} className={linkClass} data-testid="contact-email">
                    {help.contactEmail}
                  </a>
                </p>
              </dd>
            </div>
            <div>
              <dt className="font-semibold">{t("personalTitle")}</dt>
              <dd className="text-slate-700">{t("personal")}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t("absenceTitle")}</dt>
              <dd className="text-slate-700">{t("absence")}</dd>
            </div>
          </dl>
        </Card>
        <Card title={t("groupsTitle")}>
          {help.groups.length === 0 ? (
            <p className="text-slate-600">{t("noGroups", { email: help.contactEmail })}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {help.groups.map((group) => (
                <li key={group.id} className="py-3">
                  <h3 className="font-semibold">
                    {group.name} <span className="font-normal text-slate-600">({group.careType})</span>
                  </h3>
                  <p className="text-sm text-slate-600">{t("groupOf", { names: group.childNames.join(", ") })}</p>
                  <dl className="mt-2 grid grid-cols-1 gap-y-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-6">
                    <dt className="text-slate-600">{t("phone")}</dt>
                    <dd>
                      {group.phone ? (
                        <a href={telHref(group.phone)} className={linkClass}>
                          {group.phone}
                        </a>
                      ) : (
                        t("noPhone")
                      )}
                    </dd>
                    <dt className="text-slate-600">{t("location")}</dt>
                    <dd>
                      {group.location.name}
                      {group.location.address && `, ${group.location.address}`}
                    </dd>
                    <dt className="text-slate-600">{t("managers")}</dt>
                    <dd>
                      {group.location.managers.length === 0 ? (
                        t("noManager")
                      ) : (
                        <ul>
                          {group.location.managers.map((manager) => (
                            <li key={manager.email}>
                              {manager.name}
                              {manager.phone && (
                                <>
                                  {" · "}
                                  <a href={telHref(manager.phone)} className={linkClass}>
                                    {manager.phone}
                                  </a>
                                </>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
