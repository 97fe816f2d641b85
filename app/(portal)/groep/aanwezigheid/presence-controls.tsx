"use client";

// Check-in / check-out on the group tablet (issue 18): one large button per child, the pick-up person chosen at
// check-out, a time only when registering afterwards. ActionForm submits without React's automatic form reset, so a refused
// check-out keeps the chosen pick-up person and the typed time.
import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-state";
import { checkInAction, checkOutAction, undoPresenceAction } from "./presence-actions";

type Field = "time" | "pickedUpBy";
type Option = { value: string; label: string; guardian: boolean };

function Message({ state }: { state: ActionState<Field> }) {
  const t = useTranslations();
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`text-sm font-medium ${state.ok ? "text-green-800" : "text-red-700"}`}
    >
      {t(state.message, state.messageValues)}
    </p>
  );
}

function TimeField({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const t = useTranslations();
  return (
    <details className="text-sm">
      <summary className="flex min-h-11 cursor-pointer items-center text-slate-700">{t("presence.time")}</summary>
      <label htmlFor={id} className="sr-only">
        {t("presence.time")}
      </label>
      <input
        id={id}
        name="time"
        type="time"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
        className="mt-1 block min-h-11 rounded-lg border border-slate-300 bg-white px-3"
      />
      <span id={`${id}-hint`} className="text-slate-600">
        {t("presence.timeHint")}
      </span>
    </details>
  );
}

export function CheckInControl({ groupId, childId, name }: { groupId: string; childId: string; name: string }) {
  const t = useTranslations();
  const id = useId();
  const [state, action, pending] = useActionState(checkInAction, { ok: false } as ActionState<Field>);
  const [time, setTime] = useState("");
  return (
    <ActionForm action={action} className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="childId" value={childId} />
      <input type="hidden" name="childName" value={name} />
      <Button type="submit" disabled={pending} aria-label={t("presence.checkInAbout", { name })}>
        {t("presence.checkIn")}
      </Button>
      <TimeField id={`${id}-time`} value={time} onChange={setTime} />
      <Message state={state} />
    </ActionForm>
  );
}

export function CheckOutControl({
  groupId,
  childId,
  name,
  options,
}: {
  groupId: string;
  childId: string;
  name: string;
  options: Option[];
}) {
  const t = useTranslations();
  const id = useId();
  const [state, action, pending] = useActionState(checkOutAction, { ok: false } as ActionState<Field>);
  const [pickedUpBy, setPickedUpBy] = useState("");
  const [time, setTime] = useState("");
  return (
    <ActionForm action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="childId" value={childId} />
      <input type="hidden" name="childName" value={name} />
      <div className="space-y-1">
        <label htmlFor={`${id}-by`} className="block text-sm font-medium text-slate-700">
          {t("presence.pickedUpBy")}
          <span className="sr-only">: {name}</span>
        </label>
        <select
          id={`${id}-by`}
          name="pickedUpBy"
          value={pickedUpBy}
          onChange={(e) => setPickedUpBy(e.target.value)}
          required
          className="block min-h-11 rounded-lg border border-slate-300 bg-white px-3"
        >
          <option value="">{t("presence.choosePickUp")}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.guardian ? `${o.label} (${t("presence.guardian")})` : o.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t("presence.checkOutAbout", { name })}>
        {t("presence.checkOut")}
      </Button>
      <TimeField id={`${id}-time`} value={time} onChange={setTime} />
      <Message state={state} />
    </ActionForm>
  );
}

export function UndoControl({ groupId, childId, name }: { groupId: string; childId: string; name: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(undoPresenceAction, { ok: false } as ActionState<Field>);
  return (
    <ActionForm action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="childId" value={childId} />
      <input type="hidden" name="childName" value={name} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t("presence.undoAbout", { name })}
        className="min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 underline hover:bg-slate-100"
      >
        {t("presence.undo")}
      </button>
      <Message state={state} />
    </ActionForm>
  );
}
