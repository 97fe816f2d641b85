// Download of a kept fiscal document (an erased family's invoice, jaaropgave or contract). SECURITY-CRITICAL:
// beheerders of the organisation only (getFiscalDocumentForDownload); every failure is the same 404, every download
// is audited.
import { requireActor } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { getFiscalDocumentForDownload } from "@/lib/privacy/fiscal-queries";
import { FISCAL_DOWNLOADED_ACTION } from "@/lib/privacy/fiscal";
import { documentFileName } from "@/lib/documents/schema";
import { getStorage } from "@/lib/storage";
import { writeAudit } from "@/lib/audit/log";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    const user = await requireActor("BEHEERDER");
    const record = await getFiscalDocumentForDownload(user, id);
    const object = await getStorage().get(record.storageKey);
    if (!object) return notFoundResponse();
    await writeAudit({
      action: FISCAL_DOWNLOADED_ACTION,
      actorId: user.id,
      organisationId: record.organisationId,
      entityType: "FiscalRecord",
      entityId: record.id,
    });
    return fileResponse(object, {
      contentType: "application/pdf",
      fileName: documentFileName(record.title),
      disposition: "attachment",
    });
  } catch (error) {
    if (isAppError(error)) return notFoundResponse();
    throw error;
  }
}
