// Family document limits, without zod: the beheer upload form imports these (lib/documents/schema.ts re-exports them).

export const DOCUMENT_CATEGORIES = ["FACTUUR", "JAAROPGAVE", "CONTRACT", "OVERIG"] as const;
export type DocumentCategoryValue = (typeof DOCUMENT_CATEGORIES)[number];

export const DOCUMENT_TITLE_MAX = 120;
/**
 * PDFs only, at most 1.5 MB: jaaropgaven and facturen are far smaller, and the limit stays under the server-action
 * body limit (next.config.ts, 2 MB) so an upload is always answered by our own message, never by the framework.
 */
export const DOCUMENT_MAX_BYTES = 1_500_000;
