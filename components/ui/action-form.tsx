"use client";
// The one <form> for a server action (issue 16.1). React 19 resets a form after its action has run, to the default
// values the fields had before the save: radios and checkboxes jumped back to the old choice while the page said
// "Opgeslagen", and saving again stored the old choice (consent re-granted). This form submits through its own
// submit handler inside a transition, so React never resets it: what is on screen after a save is what was saved.
// Without JavaScript the browser posts the same form to the same server action (the `action` prop stays on the
// <form>), so progressive enhancement is unchanged.
import { Fragment, startTransition, useState, type FormEvent, type FormHTMLAttributes, type ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "onSubmit"> & {
  /** The dispatch function of useActionState. */
  action: (formData: FormData) => void;
  /** The action's current state; with `resetOnSuccess`, each successful answer starts the fields afresh. */
  state?: ActionState;
  /** Create forms: empty the fields (remount them with their defaults) after each successful save. */
  resetOnSuccess?: boolean;
  children: ReactNode;
};

/** Counts the successful answers seen so far (the key that remounts a create form's fields). */
function useSuccessGeneration(state: ActionState | undefined, enabled: boolean): number {
  const [seen, setSeen] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (state !== seen) {
    setSeen(state);
    if (enabled && state?.ok) setGeneration(generation + 1);
  }
  return generation;
}

export function ActionForm({ action, state, resetOnSuccess = false, children, ...props }: Props) {
  const generation = useSuccessGeneration(state, resetOnSuccess);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    // Taking over the submit is what skips React's automatic reset (it only resets forms whose action it runs).
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => action(formData));
  };
  return (
    <form {...props} action={action} onSubmit={submit}>
      <Fragment key={generation}>{children}</Fragment>
    </form>
  );
}
