import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getOutboxMail } from "@/lib/beheer/queries";
import { isDevOutbox } from "@/lib/mail/send";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/format";

export const metadata = { title: "E-mail" };

/** Shows the plain-text body with clickable links, so a new user can follow an invite without a mail server. */
export default async function OutboxMailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("BEHEERDER");
  if (!isDevOutbox()) notFound();
  const { id } = await params;
  const mail = await getOutboxMail(user, id);
  if (!mail) notFound();
  const [t, locale] = await Promise.all([getTranslations("outbox"), getLocale()]);
  const parts = mail.text.split(/(https?:\/\/\S+)/g);
  return (
    <>
      <PageTitle sub={`${t("to")}: ${mail.to} · ${formatDateTime(mail.createdAt, locale)}`}>{mail.subject}</PageTitle>
      <Card>
        <div className="whitespace-pre-wrap break-words text-slate-800">
          {parts.map(
            (part, index) =>
              // biome-ignore-start lint/suspicious/noArrayIndexKey: the parts of one fixed text, never reordered

              /^https?:\/\//.test(part) ? (
                <a key={index} href={part} className="text-brand-800 underline">
                  {part}
                </a>
              ) : (
                <span key={index}>{part}</span>
              ),
            // biome-ignore-end lint/suspicious/noArrayIndexKey: -
          )}
        </div>
      </Card>
    </>
  );
}
