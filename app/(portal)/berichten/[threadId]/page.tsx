import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isParent, requireRole } from "@/lib/authz";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { isAppError } from "@/lib/errors";
import { getThread } from "@/lib/messages/queries";
import { markThreadRead } from "@/lib/messages/mutations";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/format";
import { counterpartLabel } from "@/components/messages/labels";
import { MessageForm } from "@/components/messages/message-form";
import { privateReplyAction, replyAction } from "../actions";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Bericht" };

const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} kB`;

export default async function ThreadPage({ params }: { params: Promise<{ threadId: string }> }) {
  const user = await requireRole("PARENT", "STAFF", "MANAGER");
  const { threadId } = await params;
  const [t, locale] = await Promise.all([getTranslations("messages"), getLocale()]);
  const thread = await getThread(user, threadId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // Opening the thread is reading it: this is what read receipts and unread counts are built on.
  await markThreadRead(user, thread.id);
  const parentView = isParent(user);
  const readCount = thread.receipts?.filter((r) => r.read).length ?? 0;
  return (
    <>
      <BackLink href="/berichten" to="messages" />
      <PageTitle sub={counterpartLabel(t, thread.counterpart, parentView)}>{thread.subject}</PageTitle>
      {thread.replyTo && (
        <p className="mb-3 text-sm text-slate-600">
          <Link href={`/berichten/${thread.replyTo.id}`} className="text-brand-800 underline">
            {t("inReplyTo", { subject: thread.replyTo.subject })}
          </Link>
        </p>
      )}
      <div className="space-y-4">
        <ol className="space-y-3" aria-label={thread.subject}>
          {thread.messages.map((message) => (
            <li
              key={message.id}
              data-testid="message"
              className={`rounded-2xl p-4 ring-1 ${message.mine ? "ml-6 bg-brand-50 ring-brand-700/20" : "mr-6 bg-white ring-slate-200"}`}
            >
              <p className="mb-1 text-xs font-medium text-slate-600">
                {message.authorName}
                {message.authorIsCarer ? ` (${t("fromCarer")})` : ""} · {formatDateTime(message.createdAt, locale)}
              </p>
              {/* User text is rendered as a text node: React escapes it, never HTML. */}
              <p className="whitespace-pre-line break-words text-slate-900">{message.body}</p>
              {message.mine && thread.familyReadAt && message.createdAt <= thread.familyReadAt && (
                <p className="mt-1 text-right text-xs text-green-800">✓ {t("readByFamily")}</p>
              )}
              {message.attachments.length > 0 && (
                <ul className="mt-2 space-y-1">
                  {message.attachments.map((attachment) => (
                    <li key={attachment.id}>
                      <a
                        href={`/api/bijlagen/${attachment.id}`}
                        className="text-sm text-brand-800 underline"
                        download={attachment.filename}
                      >
                        {t("download", { name: attachment.filename })} ({kilobytes(attachment.size)})
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>

        {thread.receipts && (
          <Card title={t("readBy", { read: String(readCount), total: String(thread.receipts.length) })}>
            <ul className="grid gap-1 text-sm sm:grid-cols-2" aria-label={t("receipts")}>
              {thread.receipts.map((receipt) => (
                <li key={receipt.familyId} className="flex justify-between gap-2" data-testid="receipt">
                  <span>{receipt.familyName}</span>
                  <span className={receipt.read ? "font-medium text-green-800" : "text-slate-600"}>
                    {receipt.read ? `✓ ${t("read")}` : t("notRead")}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        )}

        {thread.canReply && (
          <Card title={t("reply")}>
            <MessageForm submissionKey={newSubmissionKey()} action={replyAction} hidden={{ threadId: thread.id }} />
          </Card>
        )}

        {thread.privateReply && (
          <Card title={t("replyPrivately")}>
            {thread.privateReply.existingThreadId && (
              <p className="mb-3 text-sm">
                <Link href={`/berichten/${thread.privateReply.existingThreadId}`} className="text-brand-800 underline">
                  {t("openPrivateReply")}
                </Link>
              </p>
            )}
            <MessageForm
              submissionKey={newSubmissionKey()}
              action={privateReplyAction}
              hidden={{ threadId: thread.id }}
              hint={t("replyPrivatelyHint")}
              submitLabel={t("send")}
            />
          </Card>
        )}
      </div>
    </>
  );
}
