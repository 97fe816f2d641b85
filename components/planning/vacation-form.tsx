"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { FormAction } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { formatRoefjes } from "@/lib/planning/format";
import { ActionMessage } from "@/components/action-feedback";
import { usableOn, type LotView } from "./preview";

type Day = {
  date: string;
  label: string;
  slots: { dagdeel: string; guaranteedIfNow: boolean; taken: string | null }[];
};

/** BSO vacation dagdelen on Roefjes: pick dagdelen, see cost, balance and what remains, with the guarantee marked. */
export function VacationForm({
  action,
  childId,
  days,
  dagdeelCosts,
  lots,
}: {
  /** app/(portal)/ouder/planning/actions.ts createRequestAction */
  action: FormAction;
  childId: string;
  days: Day[];
  dagdeelCosts: { dagdeel: string; minutes: number }[];
  lots: LotView[];
}) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const [picked, setPicked] = useState<string[]>([]);
  const costOf = (dagdeel: string) => dagdeelCosts.find((d) => d.dagdeel === dagdeel)?.minutes ?? 0;
  const cost = picked.reduce((s, slot) => s + costOf(slot.slice(11)), 0);
  // Roefjes are per calendar year; a vacation around new year uses two years' balances (the server checks both).
  const balance = days.length > 0 ? usableOn(lots, picked[0]?.slice(0, 10) ?? days[0].date) : 0;
  const fmt = (m: number) => formatRoefjes(m, locale);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="type" value="VACATION" />
      <input type="hidden" name="childId" value={childId} />
      <ul className="divide-y divide-slate-100">
        {days.map((day) => (
          <li key={day.date} className="py-2" data-testid={`vacation-day-${day.date}`}>
            <fieldset>
              <legend className="font-medium">{day.label}</legend>
              <div className="mt-1 flex flex-wrap gap-2">
                {day.slots.map((slot) => {
                  const value = `${day.date}|${slot.dagdeel}`;
                  const name = t(`planning.dagdeel_${slot.dagdeel}`);
                  return slot.taken ? (
                    <span
                      key={slot.dagdeel}
                      className="inline-flex min-h-11 items-center rounded-lg bg-slate-100 px-3 text-sm text-slate-700"
                    >
                      {name}: {slot.taken}
                    </span>
                  ) : (
                    <label
                      key={slot.dagdeel}
                      className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                    >
                      <input
                        type="checkbox"
                        name="slot"
                        value={value}
                        className="h-5 w-5 accent-brand-700"
                        checked={picked.includes(value)}
                        onChange={(e) =>
                          setPicked((cur) =>
                            e.target.checked ? [...cur, value].sort() : cur.filter((v) => v !== value),
                          )
                        }
                      />
                      <span>
                        {name}
                        {slot.guaranteedIfNow && (
                          <span className="ml-2 rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">
                            {t("planning.guaranteedIfNow")}
                          </span>
                        )}
                      </span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <p
        className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800"
        aria-live="polite"
        data-testid="roefjes-preview"
      >
        {cost === 0
          ? t("planning.previewPickDate")
          : cost <= balance
            ? t("planning.roefjesPreview", { cost: fmt(cost), balance: fmt(balance), rest: fmt(balance - cost) })
            : t("planning.roefjesPreviewShort", { cost: fmt(cost), balance: fmt(balance) })}
      </p>
      <Button type="submit" disabled={pending || picked.length === 0} className="w-full sm:w-auto">
        {t("planning.requestVacation")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
