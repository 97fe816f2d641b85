"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/action-state";
import { moveGuardianAction } from "./admin-actions";

/**
 * Move one of the family's guardians to another family by its debiteurnummer. One form under the list (not one per
 * guardian), so its answer stays on screen after the guardian has left the list. Asks first, keeps what was typed.
 */
export function MoveGuardianForm({
  familyId,
  guardians,
}: {
  familyId: string;
  guardians: { id: string; name: string; loginName: string }[];
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(moveGuardianAction, { ok: false } as ActionState);
  const [userId, setUserId] = useState("");
  const [target, setTarget] = useState("");
  const fieldId = "move-guardian";
  const errors = state.fieldErrors?.debiteurnummer?.map((key) => t(key));
  const userErrors = state.fieldErrors?.userId?.map((key) => t(key));
  const guardianName = guardians.find((g) => g.id === userId)?.name ?? "…";
  if (guardians.length === 0 && !state.message) return null;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="familyId" value={familyId} />
      <div className="space-y-1">
        <label htmlFor={`${fieldId}-user`} className="block text-sm font-medium text-slate-700">
          {t("admin.moveWho")}
        </label>
        <select
          id={`${fieldId}-user`}
          name="userId"
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
          className="block w-full max-w-xs rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base"
          aria-invalid={userErrors?.length ? true : undefined}
          aria-describedby={userErrors?.length ? `${fieldId}-user-error` : undefined}
        >
          <option value="">{t("admin.choose")}</option>
          {guardians.map((guardian) => (
            <option key={guardian.id} value={guardian.id}>
              {guardian.name} ({guardian.loginName})
            </option>
          ))}
        </select>
        {userErrors?.map((error) => (
          <p key={error} id={`${fieldId}-user-error`} className="text-sm font-medium text-red-700" role="alert">
            {error}
          </p>
        ))}
      </div>
      <div className="space-y-1">
        <label htmlFor={fieldId} className="block text-sm font-medium text-slate-700">
          {t("admin.moveTarget")}
        </label>
        <input
          id={fieldId}
          name="debiteurnummer"
          inputMode="numeric"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          className="block w-full max-w-xs rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${fieldId}-error` : `${fieldId}-hint`}
        />
        <p id={`${fieldId}-hint`} className="text-sm text-slate-500">
          {t("admin.moveHint")}
        </p>
        {errors?.map((error) => (
          <p key={error} id={`${fieldId}-error`} className="text-sm font-medium text-red-700" role="alert">
            {error}
          </p>
        ))}
      </div>
      <ConfirmSubmit
        label={t("admin.moveSubmit")}
        about={guardianName}
        question={t("admin.moveQuestion", { name: guardianName, debiteurnummer: target.trim() || "…" })}
        confirmLabel={t("admin.moveConfirm")}
        cancelLabel={t("accountActions.cancel")}
        disabled={pending}
      />
      {state.message && <Notice tone={state.ok ? "success" : "error"}>{t(state.message, state.messageValues)}</Notice>}
    </form>
  );
}
