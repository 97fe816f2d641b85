// The attachment of a news item: same scope as the item (lib/news/queries newsScope); any failure is a 404.
import { requireActor } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { getNewsAttachment } from "@/lib/news/queries";
import { documentFileName } from "@/lib/documents/schema";
import { getStorage } from "@/lib/storage";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    const user = await requireActor();
    const attachment = await getNewsAttachment(user, id);
    const object = await getStorage().get(attachment.storageKey);
    if (!object) return notFoundResponse();
    const isPdf = attachment.mime === "application/pdf";
    const fileName = isPdf
      ? documentFileName(attachment.title)
      : documentFileName(attachment.title).replace(/\.pdf$/, `.${attachment.mime.split("/")[1]}`);
    return fileResponse(object, {
      contentType: attachment.mime,
      fileName,
      disposition: isPdf ? "attachment" : "inline",
    });
  } catch (error) {
    if (isAppError(error)) return notFoundResponse();
    throw error;
  }
}
