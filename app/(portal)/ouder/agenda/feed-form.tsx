"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/action-state";
import { calendarFeedAction } from "./actions";

export type FeedLabels = {
  make: string;
  renew: string;
  renewAbout: string;
  renewQuestion: string;
  stop: string;
  stopAbout: string;
  stopQuestion: string;
  cancel: string;
  made: string;
  stopped: string;
  urlLabel: string;
  copy: string;
  copied: string;
  subscribe: string;
  howTo: string;
  notFound: string;
  unexpected: string;
};

/** Make, renew or stop one child's calendar link. A new link is shown once, with copy and "add to my calendar". */
export function CalendarFeedForm({
  childId,
  active,
  labels,
}: {
  childId: string;
  active: boolean;
  labels: FeedLabels;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(calendarFeedAction, { ok: false });
  const url = state.ok ? state.messageValues?.url : undefined;
  const stopped = state.ok && state.message === "calendarFeed.stopped";
  // An AppError (not their child, no session) reads "not found"; anything else the generic message.
  const error = !state.ok && state.message ? (state.message === "errors.unexpected" ? "unexpected" : "notFound") : null;
  const [copied, setCopied] = useState(false);
  const urlId = `feed-url-${childId}`;
  return (
    <div className="space-y-3">
      {url && (
        <div className="space-y-2" data-testid="feed-url">
          <Notice tone="success">{labels.made}</Notice>
          <label htmlFor={urlId} className="block text-sm font-medium text-slate-700">
            {labels.urlLabel}
          </label>
          <input
            id={urlId}
            readOnly
            value={url}
            className="block min-h-11 w-full rounded-lg border border-slate-300 bg-slate-50 px-3 text-sm"
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true));
              }}
            >
              {labels.copy}
            </Button>
            <a
              href={url.replace(/^https?:\/\//, "webcal://")}
              className="inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-brand-800 underline"
            >
              {labels.subscribe}
            </a>
          </div>
          <p className="text-sm text-slate-600" aria-live="polite">
            {copied ? labels.copied : ""}
          </p>
          <p className="text-sm text-slate-600">{labels.howTo}</p>
        </div>
      )}
      {stopped && <Notice tone="success">{labels.stopped}</Notice>}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error === "notFound" ? labels.notFound : labels.unexpected}
        </p>
      )}
      <form action={action} className="flex flex-wrap items-start gap-2">
        <input type="hidden" name="childId" value={childId} />
        {active ? (
          <>
            <ConfirmSubmit
              label={labels.renew}
              about={labels.renewAbout}
              question={labels.renewQuestion}
              confirmLabel={labels.renew}
              cancelLabel={labels.cancel}
              name="intent"
              value="renew"
              disabled={pending}
            />
            <ConfirmSubmit
              label={labels.stop}
              about={labels.stopAbout}
              question={labels.stopQuestion}
              confirmLabel={labels.stop}
              cancelLabel={labels.cancel}
              name="intent"
              value="stop"
              disabled={pending}
            />
          </>
        ) : (
          <Button type="submit" name="intent" value="renew" disabled={pending}>
            {labels.make}
          </Button>
        )}
      </form>
    </div>
  );
}
