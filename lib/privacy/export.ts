// Who may export which family (AVG right of access): a parent their own family, a beheerder any family of their
// organisation. Staff and managers: NOT_FOUND.
//
// NOTE: security-critical: the familyId from the URL is only honoured for beheerders and only inside familyScope.
import "server-only";
import type { Readable } from "node:stream";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { writeAudit } from "../audit/log";
import { familyScope, isBeheerder, isParent, type SessionUser } from "../authz";
import { getStorage } from "../storage";
import { collectFamilyExport, streamFamilyExportZip } from "./export-data";

export async function resolveExportFamily(
  actor: SessionUser,
  requestedFamilyId?: string | null,
): Promise<{ id: string; debiteurnummer: string }> {
  let where: Prisma.FamilyWhereInput;
  if (isParent(actor)) where = familyScope(actor);
  else if (isBeheerder(actor) && requestedFamilyId && isUuid(requestedFamilyId))
    where = { AND: [{ id: requestedFamilyId }, familyScope(actor)] };
  else throw new AppError("NOT_FOUND");
  const family = await prisma.family.findFirst({ where, select: { id: true, debiteurnummer: true } });
  if (!family) throw new AppError("NOT_FOUND");
  return family;
}

export async function exportFamilyZip(
  actor: SessionUser,
  requestedFamilyId?: string | null,
): Promise<{ filename: string; stream: Readable }> {
  const family = await resolveExportFamily(actor, requestedFamilyId);
  const data = await collectFamilyExport(prisma, family.id);
  await writeAudit({
    action: "privacy.exported",
    actorId: actor.id,
    organisationId: actor.organisationId,
    entityType: "Family",
    entityId: family.id,
    familyId: family.id,
  });
  return { filename: `roef-gegevens-${family.debiteurnummer}.zip`, stream: streamFamilyExportZip(data, getStorage()) };
}
