// Family documents (facturen, jaaropgaven, contracts): the form schema for the DAL; the limits the beheer form also
// uses are in ./limits (re-exported here).
// Messages are i18n keys in the "documents" namespace.
import { z } from "zod";
import { submissionKeyField } from "../forms/submission-key";
import { DOCUMENT_CATEGORIES, DOCUMENT_TITLE_MAX } from "./limits";
export * from "./limits";

export const UploadDocumentSchema = z.object({
  debiteurnummer: z
    .string()
    .trim()
    .min(1, "documents.familyRequired")
    .max(20, "documents.familyUnknown")
    .regex(/^\d+$/, "documents.familyUnknown"),
  title: z.string().trim().min(1, "documents.titleRequired").max(DOCUMENT_TITLE_MAX, "documents.titleTooLong"),
  category: z.enum(DOCUMENT_CATEGORIES, { message: "documents.categoryRequired" }),
  submissionKey: submissionKeyField,
});
export type UploadDocumentInput = z.infer<typeof UploadDocumentSchema>;
export type UploadDocumentField = Exclude<keyof UploadDocumentInput, "submissionKey"> | "file";

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
