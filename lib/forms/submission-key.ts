// One random key per form submission, so a double tap or a resend after a lost answer writes once: the form sends the
// same key again until the server says it saved (components/use-submission-key.ts), and a unique (author, key) index
// lets only the first write through (lib/db/unique.ts). For writes with no natural key of their own
// (messages, schriftje entries, contract change requests, news items, family documents, photos); afmelden is unique
// per child and dagdeel already.
import { z } from "zod";

/** The form field. Missing or malformed: the write is simply not deduplicated (older clients, no randomUUID). */
export const submissionKeyField = z.uuid().optional().catch(undefined);

/**
 * A fresh key for a form a page renders, so the form sends one without JavaScript too (a resend of that page's POST
 * carries the same key). With JavaScript, components/use-submission-key.ts starts from it and renews it after each
 * successful answer.
 */
export const newSubmissionKey = (): string => globalThis.crypto.randomUUID();
