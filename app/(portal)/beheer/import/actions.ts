"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { stateFromError } from "@/lib/action-state";
import { applyImport, previewImport, type ImportPreview, type ImportSummary } from "@/lib/beheer/import";
import { inviteGuardians } from "@/lib/accounts/mutations";
import type { ActionState } from "@/lib/action-state";
import { CSV_MAX_BYTES, decodeCsvBytes, type CsvEncoding } from "@/lib/beheer/csv-format";
import type { ImportState } from "./types";

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

/** Dry run ("preview") or the all-or-nothing write ("apply"); the CSV text comes back so nothing is lost. */
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
  try {
    const actor = await requireActor("BEHEERDER");
    const ids = formData.getAll("userId").map(String);
    const { invited } = await inviteGuardians(actor, ids);
    revalidatePath("/beheer", "layout");
    return { ok: true, message: "adminImport.invited", messageValues: { count: String(invited) } };
  } catch (error) {
    return stateFromError(error);
  }
}
