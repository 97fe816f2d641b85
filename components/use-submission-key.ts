import { useEffect, useState } from "react";

/** None where the browser has no randomUUID (it needs a secure context: https or localhost). */
export const newClientSubmissionKey = () =>
  typeof crypto !== "undefined" && typeof crypto.randomUUID === "function" ? crypto.randomUUID() : "";

/**
 * The key for the form's next submission (lib/forms/submission-key.ts), renewed after each successful answer. It
 * starts as `serverKey`, the key the page rendered (newSubmissionKey() in lib/forms/submission-key.ts), so the form
 * sends one before and without JavaScript and server render and hydration agree; without one it is made after
 * mounting. Render it as a hidden `submissionKey` input.
 */
export function useSubmissionKey(answer: { ok: boolean }, serverKey = ""): string {
  const [key, setKey] = useState(serverKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the first key comes from the server.
  useEffect(() => {
    if (!serverKey) setKey(newClientSubmissionKey());
  }, []);
  useEffect(() => {
    if (answer.ok) setKey(newClientSubmissionKey());
  }, [answer]);
  return key;
}
