// Form controls with explicit ids: planning pages show several forms at once, so ids cannot simply be the field
// name (components/ui/field uses the name). Same look and the same aria wiring as components/ui/field.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const inputClass =
  "block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 aria-[invalid=true]:border-red-600";

type Base = { id: string; label: string; errors?: string[]; hint?: string };

function Wrap({ id, label, errors, hint, children }: Base & { children: ReactNode }) {
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

const aria = (id: string, errors?: string[], hint?: string) => ({
  "aria-invalid": errors?.length ? true : undefined,
  "aria-describedby":
    [errors?.length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined,
});

export function PInput({ id, label, errors, hint, ...props }: Base & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Wrap id={id} label={label} errors={errors} hint={hint}>
      <input id={id} className={inputClass} {...aria(id, errors, hint)} {...props} />
    </Wrap>
  );
}

export function PSelect({
  id,
  label,
  errors,
  hint,
  children,
  ...props
}: Base & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Wrap id={id} label={label} errors={errors} hint={hint}>
      <select id={id} className={inputClass} {...aria(id, errors, hint)} {...props}>
        {children}
      </select>
    </Wrap>
  );
}

export function PTextArea({ id, label, errors, hint, ...props }: Base & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Wrap id={id} label={label} errors={errors} hint={hint}>
      <textarea id={id} className={inputClass} {...aria(id, errors, hint)} {...props} />
    </Wrap>
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
