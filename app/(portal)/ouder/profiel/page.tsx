import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getOwnProfile, listOwnContacts } from "@/lib/contacts/queries";
import { listVisibleChildren } from "@/lib/children/queries";
import { organisationContactEmail } from "@/lib/contacts/help";
import { Card, PageTitle } from "@/components/ui/card";
import { RowActionForm } from "@/components/action-feedback";
import { LocaleSwitch } from "@/components/locale-switch";
import { setLocale } from "@/app/locale-action";
import { PhoneForm } from "./phone-form";
import { ContactForm } from "./contact-form";
import { deleteContactAction } from "./actions";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Profiel" };

export default async function ProfilePage() {
  const user = await requireRole("PARENT");
  const [profile, contacts, children, contactEmail, t, tc, ta] = await Promise.all([
    getOwnProfile(user),
    listOwnContacts(user),
    listVisibleChildren(user),
    organisationContactEmail(user.organisationId),
    getTranslations("profile"),
    getTranslations("contacts"),
    getTranslations("accountActions"),
  ]);
  return (
    <>
      <BackLink href="/ouder/meer" to="more" />
      <PageTitle>{t("title")}</PageTitle>
      <div className="space-y-4">
        <Card title={t("details")}>
          <dl className="mb-4 grid grid-cols-1 gap-y-2 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-6">
            <dt className="text-slate-600">{t("name")}</dt>
            <dd className="font-medium">{profile.name}</dd>
            <dt className="text-slate-600">{t("loginName")}</dt>
            <dd className="font-medium">{profile.loginName}</dd>
            <dt className="text-slate-600">{t("email")}</dt>
            <dd>
              <span className="font-medium">{profile.email}</span>
              <span className="block text-slate-500">{t("emailHint", { email: contactEmail })}</span>
            </dd>
          </dl>
          <PhoneForm phone={profile.phone} />
        </Card>

        <Card title={tc("title")}>
          <p className="mb-3 text-sm text-slate-600">{tc("intro")}</p>
          {contacts.length === 0 ? (
            <p className="mb-4 text-slate-600">{tc("empty")}</p>
          ) : (
            <ul className="mb-4 divide-y divide-slate-100" aria-label={tc("title")}>
              {contacts.map((contact) => (
                <li key={contact.id} className="flex items-center justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {contact.name}
                      {contact.relation && <span className="font-normal text-slate-600"> ({contact.relation})</span>}
                    </p>
                    <p className="text-sm">
                      <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`} className="text-brand-800 underline">
                        {contact.phone}
                      </a>
                    </p>
                    <p className="mt-1 flex flex-wrap gap-1 text-xs">
                      {contact.isEmergency && (
                        <span className="rounded-full bg-red-100 px-2 py-0.5 font-medium text-red-800">
                          {tc("isEmergency")}
                        </span>
                      )}
                      {contact.mayPickUp && (
                        <span className="rounded-full bg-green-100 px-2 py-0.5 font-medium text-green-800">
                          {tc("mayPickUp")}
                        </span>
                      )}
                      {contact.childName && (
                        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">
                          {tc("forChild", { name: contact.childName })}
                        </span>
                      )}
                    </p>
                  </div>
                  <RowActionForm
                    action={deleteContactAction}
                    fields={{ id: contact.id }}
                    label={tc("delete")}
                    ariaLabel={tc("deleteLabel", { name: contact.name })}
                    confirm={{
                      about: contact.name,
                      question: ta(contact.mayPickUp ? "deletePickUpQuestion" : "deleteContactQuestion", {
                        name: contact.name,
                      }),
                      confirmLabel: ta("deleteConfirm"),
                      cancelLabel: ta("cancel"),
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
          <h3 className="mb-2 font-semibold">{tc("add")}</h3>
          <ContactForm familyChildren={children.map((child) => ({ id: child.id, firstName: child.firstName }))} />
        </Card>

        <Card title={t("language")}>
          <p className="mb-2 text-sm text-slate-600">{t("languageHint")}</p>
          <LocaleSwitch action={setLocale} />
        </Card>
      </div>
    </>
  );
}
