// Family documents (facturen, jaaropgaven, contracts): form schema and limits, shared by the beheer form and the DAL.
// Messages are i18n keys in the "documents" namespace.
import { z } from "zod";

export const DOCUMENT_CATEGORIES = ["FACTUUR", "JAAROPGAVE", "CONTRACT", "OVERIG"] as const;
export type DocumentCategoryValue = (typeof DOCUMENT_CATEGORIES)[number];

export const DOCUMENT_TITLE_MAX = 120;
/**
 * PDFs only, at most 1.5 MB: jaaropgaven and facturen are far smaller, and the limit stays under the server-action
 * body limit (next.config.ts, 2 MB) so an upload is always answered by our own message, never by the framework.
 */
export const DOCUMENT_MAX_BYTES = 1_500_000;

export const UploadDocumentSchema = z.object({
  debiteurnummer: z.string().trim().min(1, "documents.familyRequired").max(20, "documents.familyUnknown").regex(/^\d+$/, "documents.familyUnknown"),
  title: z.string().trim().min(1, "documents.titleRequired").max(DOCUMENT_TITLE_MAX, "documents.titleTooLong"),
  category: z.enum(DOCUMENT_CATEGORIES, { message: "documents.categoryRequired" }),
});
export type UploadDocumentInput = z.infer<typeof UploadDocumentSchema>;
export type UploadDocumentField = keyof UploadDocumentInput | "file";

/** A safe download name: letters, digits and dashes from the title, always ending in .pdf. */
export function documentFileName(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || "document"}.pdf`;
}
