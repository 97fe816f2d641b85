// Download of one family document. SECURITY-CRITICAL: the only way document bytes leave storage.
// requireActor + getDocumentForDownload (documentScope) decide; every failure is the same 404, and every
// successful download is audited.
import { requireActor } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { getDocumentForDownload } from "@/lib/documents/queries";
import { documentFileName } from "@/lib/documents/schema";
import { getStorage } from "@/lib/storage";
import { writeAudit } from "@/lib/audit/log";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    const user = await requireActor("PARENT", "BEHEERDER");
    const document = await getDocumentForDownload(user, id);
    const object = await getStorage().get(document.storageKey);
    if (!object) return notFoundResponse();
    await writeAudit({
      action: "document.downloaded",
      actorId: user.id,
      organisationId: document.organisationId,
      entityType: "FamilyDocument",
      entityId: document.id,
      familyId: document.familyId,
    });
    return fileResponse(object, {
      contentType: "application/pdf",
      fileName: documentFileName(document.title),
      disposition: "attachment",
    });
  } catch (error) {
    if (isAppError(error)) return notFoundResponse();
    throw error;
  }
}
