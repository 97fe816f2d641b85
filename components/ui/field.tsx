import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes, SelectHTMLAttributes } from "react";

const inputClass =
  "block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 aria-[invalid=true]:border-red-600";

type FieldProps = { label: string; name: string; errors?: string[]; hint?: string; children?: ReactNode };

/** Label + control + hint + errors, wired with aria-describedby so screen readers read the error. */
export function Field({ label, name, errors, hint, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-500">
          {hint}
        </p>
      )}
      {errors?.map((error) => (
        <p key={error} id={`${name}-error`} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ))}
    </div>
  );
}

const describedBy = (name: string, errors?: string[], hint?: string) =>
  [errors?.length ? `${name}-error` : "", hint ? `${name}-hint` : ""].filter(Boolean).join(" ") || undefined;

export function TextField({ label, name, errors, hint, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      <input
        id={name}
        name={name}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        {...props}
      />
    </Field>
  );
}

export function TextArea({
  label,
  name,
  errors,
  hint,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      <textarea
        id={name}
        name={name}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        {...props}
      />
    </Field>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  children,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      <select
        id={name}
        name={name}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        {...props}
      >
        {children}
      </select>
    </Field>
  );
}
