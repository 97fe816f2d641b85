// Who may download a family's AVG export: its own guardians, nobody else. The export holds the family's messages and
// schriftje, which are 404 for beheerders (and for staff and managers outside their group's day-to-day work), so a
// beheerder never downloads it: when a family asks the organisation for its data, the beheerder prepares the export
// for the family (lib/privacy/export-requests.ts) and the guardians download it here.
//
// NOTE: security-critical: the family is the signed-in parent's own; no id from the request is ever used.
import "server-only";
import type { Readable } from "node:stream";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/log";
import { familyScope, isParent, type SessionUser } from "../authz";
import { getStorage } from "../storage";
import { collectFamilyExport, streamFamilyExportZip } from "./export-data";
import { markExportRequestsDownloaded } from "./export-requests";

export async function resolveExportFamily(actor: SessionUser): Promise<{ id: string; debiteurnummer: string }> {
  if (!isParent(actor)) throw new AppError("NOT_FOUND");
  const family = await prisma.family.findFirst({
    where: familyScope(actor),
    select: { id: true, debiteurnummer: true },
  });
  if (!family) throw new AppError("NOT_FOUND");
  return family;
}

export async function exportFamilyZip(actor: SessionUser): Promise<{ filename: string; stream: Readable }> {
  const family = await resolveExportFamily(actor);
  const data = await collectFamilyExport(prisma, family.id);
  const pickedUp = await markExportRequestsDownloaded(family.id);
  await writeAudit({
    action: "privacy.exported",
    actorId: actor.id,
    organisationId: actor.organisationId,
    entityType: "Family",
    entityId: family.id,
    familyId: family.id,
    meta: pickedUp > 0 ? { preparedRequests: pickedUp } : undefined,
  });
  return { filename: `roef-gegevens-${family.debiteurnummer}.zip`, stream: streamFamilyExportZip(data, getStorage()) };
}
