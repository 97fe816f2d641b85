import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/authz";
import { getNotificationSettings } from "@/lib/notifications/settings";
import { Card, PageTitle } from "@/components/ui/card";
import { NotificationSettingsForm } from "./settings-form";

export const metadata = { title: "Instellingen" };

export default async function SettingsPage() {
  const user = await requireUser();
  const [settings, t] = await Promise.all([getNotificationSettings(user), getTranslations("notifications")]);
  return (
    <>
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <Card>
        <NotificationSettingsForm initial={settings} />
      </Card>
    </>
  );
}
