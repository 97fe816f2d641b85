"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { renewCalendarFeed, stopCalendarFeed } from "@/lib/calendar-feed/mutations";
import { feedUrl } from "@/lib/calendar-feed/url";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** The URL is in the state only in the answer to the guardian who just made it; it is never stored. */
export type FeedState = { ok: boolean; url?: string; stopped?: boolean; error?: "notFound" | "unexpected" };

export async function calendarFeedAction(_previous: FeedState, formData: FormData): Promise<FeedState> {
  try {
    const user = await requireActor("PARENT");
    const childId = String(formData.get("childId") ?? "");
    if (formData.get("intent") === "stop") {
      await stopCalendarFeed(user, childId);
      revalidatePath("/ouder/agenda");
      return { ok: true, stopped: true };
    }
    const token = await renewCalendarFeed(user, childId);
    revalidatePath("/ouder/agenda");
    return { ok: true, url: feedUrl(token) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: "notFound" };
    logger.error({ err: error }, "calendar feed action failed");
    return { ok: false, error: "unexpected" };
  }
}
