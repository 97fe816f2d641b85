import { getTranslations } from "next-intl/server";
import { isParent, requireUser } from "@/lib/authz";
import { getNotificationSettings } from "@/lib/notifications/settings";
import { pushPublicKey } from "@/lib/push/config";
import { Card, PageTitle } from "@/components/ui/card";
import { NotificationSettingsForm } from "./settings-form";
import { PushToggle } from "./push-toggle";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Instellingen" };

export default async function SettingsPage() {
  const user = await requireUser();
  const [settings, t, tPush] = await Promise.all([
    getNotificationSettings(user),
    getTranslations("notifications"),
    getTranslations("push"),
  ]);
  return (
    <>
      {isParent(user) && <BackLink href="/ouder/meer" to="more" />}
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <Card title={tPush("title")} className="mb-4">
        <PushToggle publicKey={pushPublicKey()} />
      </Card>
      <Card>
        <NotificationSettingsForm initial={settings} />
      </Card>
    </>
  );
}
