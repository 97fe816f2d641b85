import { useEffect, useState } from "react";

/** None where the browser has no randomUUID (it needs a secure context: https or localhost). */
const newSubmissionKey = () =>
  typeof crypto !== "undefined" && typeof crypto.randomUUID === "function" ? crypto.randomUUID() : "";

/**
 * The key for the form's next submission (lib/forms/submission-key.ts), renewed after each successful answer. Made
 * after mounting, so the server-rendered form and hydration agree. Render it as a hidden `submissionKey` input.
 */
export function useSubmissionKey(answer: { ok: boolean }): string {
  const [key, setKey] = useState("");
  useEffect(() => setKey(newSubmissionKey()), []);
  useEffect(() => {
    if (answer.ok) setKey(newSubmissionKey());
  }, [answer]);
  return key;
}
