"use server";

// A guardian's calendar link for one child: make/renew or stop, each one runAction call. The URL is in the state only
// in the answer to the guardian who just made it (messageValues.url); it is never stored.
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { runAction } from "@/lib/forms/run-action";
import { renewCalendarFeed, stopCalendarFeed } from "@/lib/calendar-feed/mutations";
import { feedUrl } from "@/lib/calendar-feed/url";

/** The child id is passed on as is: the DAL scopes it (not the guardian's own child = NOT_FOUND). */
const FeedSchema = z.object({ childId: z.string() });
const feedInput = (values: Record<string, string>) => ({ childId: values.childId ?? "" });

export async function calendarFeedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (formData.get("intent") === "stop")
    return runAction(formData, FeedSchema, {
      roles: ["PARENT"],
      input: feedInput,
      run: (actor, input) => stopCalendarFeed(actor, input.childId),
      revalidate: ["/ouder/agenda"],
      success: "calendarFeed.stopped",
    });
  return runAction(formData, FeedSchema, {
    roles: ["PARENT"],
    input: feedInput,
    run: (actor, input) => renewCalendarFeed(actor, input.childId),
    revalidate: ["/ouder/agenda"],
    success: (token) => ({ message: "calendarFeed.made", messageValues: { url: feedUrl(token) } }),
  });
}
