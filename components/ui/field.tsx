// The one field kit: label + control + hint + errors, wired with aria-describedby so screen readers read the error.
// Ids default to the field name; pages that show several forms with the same field names (planning, beheer) pass an
// `id` unique on the page.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const inputClass =
  "block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 aria-[invalid=true]:border-red-600";

type FieldProps = {
  label: string;
  name: string;
  /** Element id (default: the name); the hint and error ids derive from it. */
  id?: string;
  errors?: string[];
  hint?: string;
  children?: ReactNode;
};

/** Label + control + hint + errors. */
export function Field({ label, name, id = name, errors, hint, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errors?.map((error) => (
        <p key={error} id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ))}
    </div>
  );
}

/** The aria wiring of a control inside a Field with this id. */
export const fieldAria = (id: string, errors?: string[], hint?: string) => ({
  "aria-invalid": errors?.length ? true : undefined,
  "aria-describedby":
    [errors?.length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined,
});

export function TextField({
  label,
  name,
  id = name,
  errors,
  hint,
  ...props
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} name={name} id={id} errors={errors} hint={hint}>
      <input id={id} name={name} className={inputClass} {...fieldAria(id, errors, hint)} {...props} />
    </Field>
  );
}

export function TextArea({
  label,
  name,
  id = name,
  errors,
  hint,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} name={name} id={id} errors={errors} hint={hint}>
      <textarea id={id} name={name} className={inputClass} {...fieldAria(id, errors, hint)} {...props} />
    </Field>
  );
}

export function SelectField({
  label,
  name,
  id = name,
  errors,
  hint,
  children,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} name={name} id={id} errors={errors} hint={hint}>
      <select id={id} name={name} className={inputClass} {...fieldAria(id, errors, hint)} {...props}>
        {children}
      </select>
    </Field>
  );
}

/** A group of checkboxes (or radios) as a fieldset with a legend. */
export function Choices({
  legend,
  errors,
  children,
  id,
}: {
  legend: string;
  errors?: string[];
  children: ReactNode;
  id: string;
}) {
  return (
    <fieldset className="space-y-1" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="mb-1 block text-sm font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-2">{children}</div>
      {errors?.map((error) => (
        <p key={error} id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ))}
    </fieldset>
  );
}

/** One checkbox or radio as a large tap target (44 px), highlighted when checked. */
export function Choice({
  type = "checkbox",
  label,
  ...props
}: { type?: "checkbox" | "radio"; label: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
      <input type={type} className="h-5 w-5 accent-brand-700" {...props} />
      <span>{label}</span>
    </label>
  );
}
