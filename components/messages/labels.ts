import type { Counterpart } from "@/lib/messages/queries";

type Translate = (key: string, values?: Record<string, string>) => string;

/** "Groep Dolfijnen", "Familie Jansen · Dolfijnen", … from the thread's names (t is the `messages` namespace). */
export function counterpartLabel(t: Translate, counterpart: Counterpart, viewerIsParent: boolean): string {
  const group = counterpart.groupName ?? "";
  const location = counterpart.locationName ?? "";
  const family = counterpart.familyName ?? "";
  if (counterpart.kind === "BROADCAST") return t("broadcastTo", { group });
  if (viewerIsParent) return counterpart.kind === "GROUP" ? t("withGroup", { group }) : t("withManager", { location });
  return counterpart.kind === "GROUP" ? t("withFamilyGroup", { family, group }) : t("withFamilyManager", { family });
}
