// Ruildag (swap day): a parent gives up one contracted dagdeel of a child and asks for another dagdeel of the same care
// type. The wanted dagdeel goes through the shared request flow (lib/planning/mutations.createCareRequests: placement,
// dagdeel offered, closed days, not already contracted, overlap, capacity auto-approval, locks), as a SWAP request on
// the invoice costing 0 minutes. Decisions and cancellation use the shared decide/cancel functions, which do the swap's
// part through lib/planning/swap-effects.ts. lib/swap depends on lib/planning, never the other way round.
import "server-only";
import { prisma } from "../db";
import { assertRole, type SessionUser } from "../authz";
import { addCalendarDays, amsterdamInstant, dateOnly, todayDate, toIsoDate } from "../time";
import { createCareRequests, type CreatedRequest } from "../planning/mutations";
import { contractedSlots, groupOn, loadOrgCalendar, loadSettings } from "../planning/care";
import { isWeekend } from "../planning/rules";
import { loadScopedChild } from "../planning/scope";
import { swapError } from "../planning/swap-effects";
import type { CreateSwapInput } from "./schema";
import { loadSwapSettings } from "./settings";

/** Days between two care days, either direction (the wanted day may come before or after the given-up day). */
export const daysApart = (a: Date, b: Date) => Math.abs(Math.round((a.getTime() - b.getTime()) / 86_400_000));

/** "yyyy-MM-ddTHH:mm" on the Amsterdam wall clock -> instant. */
export const expiryInstant = (value: string) =>
  amsterdamInstant(dateOnly(value.slice(0, 10)), Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16)));

/**
 * Requests a swap for one child (parents only, their own children). Refused when the organisation has switched
 * swapping off, when the given-up dagdeel is not a contracted, future dagdeel (from `requestLeadDays`) that is still
 * free (not absent, not given up by another live swap), when the wanted dagdeel is of another care type or further
 * than `swapValidityDays` from the given-up day, or when the vervalmoment is not in the future.
 */
export async function createSwapRequest(
  user: SessionUser,
  input: CreateSwapInput,
  now = new Date(),
): Promise<CreatedRequest> {
  // SECURITY: swaps are a parent function; other roles get NOT_FOUND like any unknown child.
  assertRole(user, "PARENT");
  const today = todayDate(now);
  const child = await loadScopedChild(user, input.childId, today);
  const organisationId = child.family.organisationId;
  const [swapSettings, settings] = await Promise.all([
    loadSwapSettings(organisationId),
    loadSettings(prisma, organisationId),
  ]);
  if (!swapSettings.swapEnabled) throw swapError("NOT_FOUND", "disabled");

  const fromDate = dateOnly(input.from.date);
  const toDate = dateOnly(input.toDate);
  const toDagdeel = input.toDagdeel[0];
  const firstDate = addCalendarDays(today, settings.requestLeadDays);
  for (const date of [fromDate, toDate]) {
    if (date < today) throw swapError("INVALID_INPUT", "pastDate");
    if (date < firstDate) throw swapError("INVALID_INPUT", "leadTime", { days: String(settings.requestLeadDays) });
  }
  if (daysApart(fromDate, toDate) > swapSettings.swapValidityDays)
    throw swapError("INVALID_INPUT", "outsideWindow", { days: String(swapSettings.swapValidityDays) });

  const calendar = await loadOrgCalendar(prisma, organisationId, fromDate, fromDate);
  const fromIso = toIsoDate(fromDate);
  // Closed days and holidays have no care, so they earn no swap.
  if (isWeekend(fromDate) || calendar.closed.has(fromIso))
    throw swapError("INVALID_INPUT", "fromClosed", { date: fromIso });
  if (!contractedSlots(child, fromDate, calendar).some((s) => s.dagdeel.dagdeel === input.from.dagdeel))
    throw swapError("INVALID_INPUT", "fromNotContracted", { date: fromIso });
  const fromGroup = groupOn(child, fromDate);
  const toGroup = groupOn(child, toDate);
  if (fromGroup && toGroup && fromGroup.careType !== toGroup.careType)
    throw swapError("INVALID_INPUT", "otherCareType");

  let expiresAt: Date | null = null;
  if (input.expiresAt) {
    expiresAt = expiryInstant(input.expiresAt);
    if (expiresAt <= now) throw swapError("INVALID_INPUT", "expiryPast");
  }
  // The wanted dagdeel: every rule of an extra request applies (shared code), paid by the given-up dagdeel.
  const [created] = await createCareRequests(
    user,
    {
      type: "EXTRA",
      childIds: [child.id],
      slots: [{ date: input.toDate, dagdeel: toDagdeel }],
      comment: input.comment,
    },
    now,
    {
      fromDate,
      fromDagdeel: input.from.dagdeel,
      expiresAt,
    },
  );
  return created;
}
