"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { REASON_MAX } from "@/lib/planning/limits";
import type { FormAction } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ActionMessage } from "@/components/action-feedback";
import { TextArea } from "@/components/ui/field";

export type QueueCard = { id: string; title: string; label: string; lines: string[]; comment: string };

/**
 * The decision queue. One action state for the whole list, so the confirmation stays visible after the decided card
 * leaves the (revalidated) list; a field error is shown on the card it belongs to.
 */
export function DecisionQueue({ items, action }: { items: QueueCard[]; action: FormAction }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errorFor = (id: string) =>
    state.values?.requestId === id ? state.fieldErrors?.reason?.map((k) => t(k)) : undefined;
  return (
    <div className="space-y-4">
      <div aria-live="polite">
        <ActionMessage state={state} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {items.map((item) => (
          <Card key={item.id} title={item.title}>
            <div data-testid="queue-item" className="space-y-2">
              {item.lines.map((line, i) => (
                <p key={line} className={i === 0 ? "font-medium" : "text-sm text-slate-700"}>
                  {line}
                </p>
              ))}
              {item.comment && <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm">{item.comment}</p>}
              <form action={formAction} className="space-y-2">
                <input type="hidden" name="requestId" value={item.id} />
                <TextArea
                  id={`reason-${item.id}`}
                  label={t("planningApprovals.reason")}
                  name="reason"
                  rows={2}
                  maxLength={REASON_MAX}
                  defaultValue={state.values?.requestId === item.id ? (state.values?.reason ?? "") : ""}
                  errors={errorFor(item.id)}
                />
                <div className="flex flex-wrap gap-2">
                  <Button
                    type="submit"
                    name="decision"
                    value="APPROVE"
                    disabled={pending}
                    aria-label={`${t("planningApprovals.approve")}: ${item.label}`}
                  >
                    {t("planningApprovals.approve")}
                  </Button>
                  <Button
                    type="submit"
                    name="decision"
                    value="DECLINE"
                    variant="danger"
                    disabled={pending}
                    aria-label={`${t("planningApprovals.decline")}: ${item.label}`}
                  >
                    {t("planningApprovals.decline")}
                  </Button>
                </div>
              </form>
            </div>
          </Card>
        ))}
      </div>
    </div>
  );
}
