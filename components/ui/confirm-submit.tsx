import { Button, buttonClass } from "./button";

type Props = {
  /** The action, e.g. "Deactiveren". */
  label: string;
  /** Who or what it is about, for screen readers in long lists ("Deactiveren: Sanne de Vries"). */
  about?: string;
  /** What will happen, asked before anything does. */
  question: string;
  /** The submit that really does it, e.g. "Ja, deactiveren". */
  confirmLabel: string;
  cancelLabel: string;
  /** The submit button's name/value (for forms with several intents). */
  name?: string;
  value?: string;
  disabled?: boolean;
};

/**
 * A destructive submit that asks first. The first tap only opens the question; the submit inside it does the work.
 * A <details> disclosure, so it works before JavaScript has loaded too, needs no client state, and a second tap on
 * the same spot ("Annuleren") closes it again. Put it inside the form whose action it submits.
 */
export function ConfirmSubmit({ label, about, question, confirmLabel, cancelLabel, name, value, disabled }: Props) {
  return (
    <details className="group">
      <summary className={buttonClass("danger", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>
        <span className="group-open:hidden">{label}</span>
        <span className="hidden group-open:inline">{cancelLabel}</span>
        {about && <span className="sr-only">: {about}</span>}
      </summary>
      <div className="mt-2 max-w-sm rounded-lg border border-red-200 bg-red-50 p-3">
        <p className="mb-2 text-sm text-red-900">{question}</p>
        <Button
          type="submit"
          variant="danger"
          name={name}
          value={value}
          disabled={disabled}
          aria-label={about ? `${confirmLabel}: ${about}` : undefined}
        >
          {confirmLabel}
        </Button>
      </div>
    </details>
  );
}
