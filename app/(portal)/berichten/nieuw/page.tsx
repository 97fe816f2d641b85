import { getTranslations } from "next-intl/server";
import { isParent, requireRole } from "@/lib/authz";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { listRecipientOptions, type RecipientOption } from "@/lib/messages/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { MessageForm } from "@/components/messages/message-form";
import { startThreadAction } from "../actions";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Nieuw bericht" };

export default async function NewThreadPage({ searchParams }: { searchParams: Promise<{ aan?: string }> }) {
  const user = await requireRole("PARENT", "STAFF", "MANAGER");
  const [{ aan }, options, t] = await Promise.all([
    searchParams,
    listRecipientOptions(user),
    getTranslations("messages"),
  ]);
  const label = (option: RecipientOption) => {
    const values = {
      group: option.groupName,
      location: option.locationName,
      family: option.familyName,
      children: option.childNames,
    };
    const key = { group: "toGroup", manager: "toManager", family: "toFamily", broadcast: "toBroadcast" }[option.kind];
    return t(key, values);
  };
  const recipients = options.map((option) => ({ value: option.value, label: label(option) }));
  return (
    <>
      <BackLink href="/berichten" to="messages" />
      <PageTitle>{t("newThread")}</PageTitle>
      {isParent(user) && (
        <div className="mb-4">
          <Notice>{t("tone")}</Notice>
        </div>
      )}
      <Card>
        <MessageForm
          submissionKey={newSubmissionKey()}
          action={startThreadAction}
          recipients={recipients}
          defaultRecipient={
            recipients.some((r) => r.value === aan) ? aan : recipients.length === 1 ? recipients[0].value : ""
          }
          withSubject
        />
      </Card>
    </>
  );
}
