// Message attachments leave storage only through here, after the same scope check as the thread they belong to.
// Security-critical: no session or not in scope = 404 (never reveal that an attachment exists).
import { Readable } from "node:stream";
import { requireActor } from "@/lib/authz";
import { findAttachmentForDownload } from "@/lib/messages/queries";
import { getStorage } from "@/lib/storage";
import { writeAudit } from "@/lib/audit/log";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Niet gevonden", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireActor().catch(() => null);
  if (!user) return notFound();
  const attachment = await findAttachmentForDownload(user, id);
  if (!attachment) return notFound();
  const stored = await getStorage().get(attachment.storageKey);
  if (!stored) return notFound();
  await writeAudit({
    action: "attachment.downloaded",
    actorId: user.id,
    organisationId: user.organisationId,
    entityType: "Attachment",
    entityId: id,
  });
  // Images open inline (re-encoded on upload); PDFs always download. The sandbox CSP keeps any active content inert.
  const disposition = attachment.mime === "application/pdf" ? "attachment" : "inline";
  return new Response(Readable.toWeb(stored.body) as ReadableStream, {
    headers: {
      "Content-Type": attachment.mime,
      "Content-Length": String(stored.size),
      "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
