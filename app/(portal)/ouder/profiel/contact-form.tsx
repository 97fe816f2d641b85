"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { CONTACT_NAME_MAX, CONTACT_RELATION_MAX } from "@/lib/contacts/limits";
import type { ContactField } from "@/lib/contacts/schema";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { addContactAction } from "./actions";

const initial: ActionState<ContactField> = { ok: false };

export function ContactForm({ familyChildren }: { familyChildren: { id: string; firstName: string }[] }) {
  const t = useTranslations("contacts");
  const [state, formAction, pending] = useActionState(addContactAction, initial);
  const errorsFor = useFieldErrors(state);
  // After a success the form starts empty; after an error it keeps what was typed.
  const values = state.ok ? {} : (state.values ?? {});
  const roleErrors = errorsFor("roles");
  return (
    <ActionForm action={formAction} state={state} resetOnSuccess className="space-y-4" noValidate aria-label={t("add")}>
      <ActionMessage state={state} />
      <TextField
        label={t("name")}
        name="name"
        autoComplete="off"
        maxLength={CONTACT_NAME_MAX}
        defaultValue={values.name}
        errors={errorsFor("name")}
        required
      />
      <TextField
        label={t("phone")}
        name="phone"
        type="tel"
        autoComplete="off"
        defaultValue={values.phone}
        errors={errorsFor("phone")}
        required
      />
      <TextField
        label={t("relation")}
        name="relation"
        placeholder={t("relationPlaceholder")}
        maxLength={CONTACT_RELATION_MAX}
        defaultValue={values.relation}
        errors={errorsFor("relation")}
      />
      {familyChildren.length > 1 && (
        <SelectField
          label={t("child")}
          name="childId"
          defaultValue={values.childId ?? ""}
          errors={errorsFor("childId")}
          key={values.childId}
        >
          <option value="">{t("allChildren")}</option>
          {familyChildren.map((child) => (
            <option key={child.id} value={child.id}>
              {child.firstName}
            </option>
          ))}
        </SelectField>
      )}
      <fieldset className="space-y-1" aria-describedby={roleErrors ? "roles-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("roles")}</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name="isEmergency"
            defaultChecked={values.isEmergency === "on"}
            className="size-5"
            key={`e-${values.isEmergency}`}
          />
          {t("isEmergency")}
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name="mayPickUp"
            defaultChecked={values.mayPickUp === "on"}
            className="size-5"
            key={`p-${values.mayPickUp}`}
          />
          {t("mayPickUp")}
        </label>
        {roleErrors?.map((error) => (
          <p key={error} id="roles-error" role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t("add")}
      </Button>
    </ActionForm>
  );
}
