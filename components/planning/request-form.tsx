"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { COMMENT_MAX } from "@/lib/planning/limits";
import type { FormAction } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { formatDuration } from "@/lib/planning/format";
import { dayInWords } from "@/lib/date-words";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { Choice, Choices, TextField, TextArea } from "@/components/ui/field";
import { usableOn, type LotView } from "./preview";

type Props = {
  /** app/(portal)/ouder/planning/actions.ts createRequestAction */
  action: FormAction;
  child: { id: string; firstName: string };
  siblings: { id: string; firstName: string }[];
  firstDate: string;
  dagdeelCosts: { dagdeel: string; minutes: number }[];
  lots: LotView[];
  /** Staff register on behalf of the family: fixed child list, no lead time. */
  idPrefix?: string;
};

/**
 * Extra opvang or opvang op tegoed for one or more children. Before submitting, the parent sees the cost, the
 * tegoed usable on that day and what remains (for the child whose page this is; the server checks every child).
 */
export function RequestForm({ action, child, siblings, firstDate, dagdeelCosts, lots, idPrefix = "request" }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errors = useFieldErrors(state);
  const [type, setType] = useState<"EXTRA" | "TEGOED">((state.values?.type as "EXTRA" | "TEGOED") ?? "EXTRA");
  const [date, setDate] = useState(state.values?.date ?? "");
  const [dagdelen, setDagdelen] = useState<string[]>([]);
  const cost = dagdeelCosts.filter((d) => dagdelen.includes(d.dagdeel)).reduce((s, d) => s + d.minutes, 0);
  const balance = date ? usableOn(lots, date) : 0;
  const id = (name: string) => `${idPrefix}-${name}`;
  const fmt = (m: number) => formatDuration(m, locale);
  return (
    <form action={formAction} className="space-y-3">
      {siblings.length === 0 ? (
        <input type="hidden" name="childId" value={child.id} />
      ) : (
        <Choices legend={t("planning.forChildren")} id={id("children")} errors={errors("childIds")}>
          <Choice name="childId" value={child.id} defaultChecked label={child.firstName} />
          {siblings.map((s) => (
            <Choice key={s.id} name="childId" value={s.id} label={s.firstName} />
          ))}
        </Choices>
      )}
      <TextField
        label={t("planning.requestDate")}
        id={id("date")}
        name="date"
        type="date"
        min={firstDate}
        required
        value={date}
        onChange={(e) => setDate(e.target.value)}
        hint={t("planning.leadNote", { date: dayInWords(firstDate, { locale }) })}
        errors={errors("slots")}
      />
      <Choices legend={t("planning.dagdeelLabel")} id={id("dagdeel")}>
        {dagdeelCosts.map((d) => (
          <Choice
            key={d.dagdeel}
            name="dagdeel"
            value={d.dagdeel}
            checked={dagdelen.includes(d.dagdeel)}
            onChange={(e) =>
              setDagdelen((cur) => (e.target.checked ? [...cur, d.dagdeel] : cur.filter((x) => x !== d.dagdeel)))
            }
            label={`${t(`planning.dagdeel_${d.dagdeel}`)} (${fmt(d.minutes)})`}
          />
        ))}
      </Choices>
      <Choices legend={t("planning.payment")} id={id("payment")}>
        <Choice
          type="radio"
          name="type"
          value="EXTRA"
          checked={type === "EXTRA"}
          onChange={() => setType("EXTRA")}
          label={t("planning.paymentInvoice")}
        />
        <Choice
          type="radio"
          name="type"
          value="TEGOED"
          checked={type === "TEGOED"}
          onChange={() => setType("TEGOED")}
          label={t("planning.paymentTegoed")}
        />
      </Choices>
      {type === "TEGOED" && (
        <p
          className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800"
          aria-live="polite"
          data-testid="tegoed-preview"
        >
          {!date || cost === 0
            ? t("planning.previewPickDate")
            : cost <= balance
              ? t("planning.preview", { cost: fmt(cost), balance: fmt(balance), rest: fmt(balance - cost) })
              : t("planning.previewShort", { cost: fmt(cost), balance: fmt(balance) })}
        </p>
      )}
      <TextArea
        label={t("planning.comment")}
        id={id("comment")}
        name="comment"
        rows={2}
        maxLength={COMMENT_MAX}
        defaultValue={state.values?.comment ?? ""}
        errors={errors("comment")}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("planning.submitRequest")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
