"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/authz";
import { stateFromError } from "@/lib/action-state";
import { applyImport, previewImport, type ImportPreview, type ImportSummary } from "@/lib/beheer/import";
import { inviteGuardians } from "@/lib/accounts/mutations";
import type { ActionState } from "@/lib/action-state";
import { CSV_MAX_BYTES, decodeCsvBytes, type CsvEncoding } from "@/lib/beheer/csv-format";
import { runAdminAction } from "../run-admin-action";
import type { ImportState } from "./types";

/** The guardian ids are passed on as is: the DAL scopes them. */
const InviteImportedSchema = z.object({ userId: z.array(z.string()) });

/** The CSV from the file (encoding detected) or the pasted text; null when either is over the limit. */
async function csvText(formData: FormData): Promise<{ text: string; encoding?: CsvEncoding } | null> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > CSV_MAX_BYTES) return null;
    return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  }
  const text = String(formData.get("csv") ?? "");
  return text.length > CSV_MAX_BYTES ? null : { text };
}

/**
 * Dry run ("preview") or the all-or-nothing write ("apply"). Not a runAction call (yet): its state carries the preview
 * and the CSV text back on success and failure, and a preview with errors is a normal answer, not an error.
 */
export async function importAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  const intent = formData.get("intent") === "apply" ? "apply" : "preview";
  try {
    const actor = await requireActor("BEHEERDER");
    const csv = await csvText(formData);
    if (csv === null) return { ok: false, message: "adminImport.e.tooBig", csv: "" };
    const { text, encoding } = csv;
    if (intent === "preview") {
      const preview: ImportPreview = await previewImport(actor, text);
      const clean = preview.fileProblems.length === 0 && preview.errorCount === 0 && preview.rowCount > 0;
      return {
        ok: clean,
        message: clean ? "adminImport.previewClean" : "adminImport.previewErrors",
        messageValues: { rows: String(preview.rowCount), errors: String(preview.errorCount) },
        preview,
        csv: text,
        encoding,
      };
    }
    const result = await applyImport(actor, text);
    if (!result.ok) return { ok: false, message: "adminImport.notWritten", preview: result.preview, csv: text };
    revalidatePath("/beheer", "layout");
    const summary: ImportSummary = result.summary;
    return {
      ok: true,
      message: "adminImport.done",
      messageValues: Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, String(v)])),
      csv: "",
      createdGuardianIds: result.createdGuardianIds,
    };
  } catch (error) {
    return { ...stateFromError(error), csv: "" };
  }
}

/** "Invite them all": the activation e-mails for every guardian the import created, in one step. */
export async function inviteImportedAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, InviteImportedSchema, {
    arrays: ["userId"],
    run: (actor, input) => inviteGuardians(actor, input.userId),
    revalidate: [["/beheer", "layout"]],
    success: ({ invited }) => ({ message: "adminImport.invited", messageValues: { count: String(invited) } }),
  });
}
