import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listOutbox } from "@/lib/beheer/queries";
import { isDevOutbox } from "@/lib/mail/send";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/format";

export const metadata = { title: "Uitgaande mail" };

/** Dev outbox: only exists while no SMTP server is configured (with SMTP, mail bodies are not kept). */
export default async function OutboxPage() {
  const user = await requireRole("BEHEERDER");
  if (!isDevOutbox()) notFound();
  const [mails, t, locale] = await Promise.all([listOutbox(user), getTranslations("outbox"), getLocale()]);
  return (
    <>
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <Card>
        {mails.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {mails.map((mail) => (
              <li key={mail.id} className="py-3">
                <Link href={`/beheer/outbox/${mail.id}`} className="block hover:bg-brand-50">
                  <span className="block font-medium text-brand-800 underline">{mail.subject}</span>
                  <span className="text-sm text-slate-600">
                    {t("to")}: {mail.to} · {formatDateTime(mail.createdAt, locale)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
