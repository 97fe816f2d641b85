import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { handlePresenceCsv } from "@/lib/presence/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The GGD presence list of a location for a period, as CSV (managers of the location, beheerders). */
export async function GET(request: Request) {
  const t = await getTranslations("presence");
  const header = ["date", "group", "child", "birthDate", "in", "out", "pickedUpBy"].map((key) => t(`csv.${key}`));
  return handlePresenceCsv(await getSessionUser(), { searchParams: new URL(request.url).searchParams, header });
}
