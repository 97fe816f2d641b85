// Ledgers others can see (issue 14): a child's tegoed and Roefjes with their history for the parents (own children),
// staff of the child's group (read only), managers of its location and beheerders (who can also correct, see
// mutations.correctLedger). Scoped through loadScopedChild (lib/authz childScope); "not yours" = NOT_FOUND.
import "server-only";
import type { CreditKind, LedgerEntryType } from "../generated/prisma/enums";
import { prisma } from "../db";
import { isBeheerder, type SessionUser } from "../authz";
import { addCalendarDays, amsterdamDateString, todayDate, toIsoDate } from "../time";
import { balanceOn, lotsFrom, type LedgerRow } from "./rules";
import { loadScopedChild } from "./scope";
import { now as clockNow } from "../clock";

export type HistoryLine = {
  id: string;
  type: LedgerEntryType;
  minutes: number;
  /** Day it happened (Amsterdam), ISO. */
  date: string;
  expiresOn: string;
  note: string;
  /** A beheerder's correction: its note is the reason the parent sees. */
  correction: boolean;
  /** Expiry derived from the lot's date (the expiry job has not written it yet). */
  derived: boolean;
};
export type CreditHistory = { kind: CreditKind; available: number; expired: number; lines: HistoryLine[] };

type Row = LedgerRow & {
  note: string;
  createdById: string | null;
  absenceId: string | null;
  careRequestId: string | null;
  grantYear: number | null;
};

/** A correction is an ADJUSTED row a person wrote that belongs to no absence, request or grant. */
export const isCorrection = (row: Pick<Row, "type" | "createdById" | "absenceId" | "careRequestId" | "grantYear">) =>
  row.type === "ADJUSTED" &&
  row.createdById !== null &&
  row.absenceId === null &&
  row.careRequestId === null &&
  row.grantYear === null;

/** History lines, newest first, with derived expiry lines for lots that lapsed without an EXPIRED row. */
export function historyOf(kind: CreditKind, rows: Row[], today: Date): CreditHistory {
  const lots = lotsFrom(rows);
  const { available, expired } = balanceOn(lots, today);
  // Rows come oldest first; newest first below, and the stable sort keeps that order within a day.
  const lines: HistoryLine[] = [...rows].reverse().map((r) => ({
    id: r.id,
    type: r.type,
    minutes: r.minutes,
    date: amsterdamDateString(r.createdAt),
    expiresOn: toIsoDate(r.expiresOn),
    note: r.note,
    correction: isCorrection(r),
    derived: false,
  }));
  for (const lot of lots)
    if (lot.remaining > 0 && lot.expiresOn < today)
      lines.push({
        id: `expired-${lot.id}`,
        type: "EXPIRED",
        minutes: -lot.remaining,
        date: toIsoDate(addCalendarDays(lot.expiresOn, 1)),
        expiresOn: toIsoDate(lot.expiresOn),
        note: "",
        correction: false,
        derived: true,
      });
  lines.sort((a, b) => b.date.localeCompare(a.date));
  return { kind, available, expired, lines };
}

export const historySelect = {
  id: true,
  kind: true,
  type: true,
  minutes: true,
  lotId: true,
  validFrom: true,
  expiresOn: true,
  createdAt: true,
  note: true,
  createdById: true,
  absenceId: true,
  careRequestId: true,
  grantYear: true,
} as const;

export type ChildLedgers = {
  child: { id: string; firstName: string; lastName: string; familyId: string };
  /** Beheerders may correct (mutations.correctLedger); everyone else reads. */
  canCorrect: boolean;
  tegoed: CreditHistory;
  /** Only for children with a BSO contract or Roefjes rows. */
  roefjes: CreditHistory | null;
};

/** A child's tegoed and Roefjes with history, for everyone whose childScope holds the child. */
export async function getChildLedgers(
  user: SessionUser,
  childId: string,
  { now = clockNow() }: { now?: Date } = {},
): Promise<ChildLedgers> {
  const today = todayDate(now);
  const child = await loadScopedChild(user, childId, today);
  const rows = await prisma.creditEntry.findMany({
    where: { childId: child.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: historySelect,
  });
  const ofKind = (kind: CreditKind) => rows.filter((r) => r.kind === kind);
  const hasBso = child.contracts.some((c) => c.careType === "BSO");
  return {
    child: { id: child.id, firstName: child.firstName, lastName: child.lastName, familyId: child.familyId },
    canCorrect: isBeheerder(user),
    tegoed: historyOf("TEGOED", ofKind("TEGOED"), today),
    roefjes: hasBso || ofKind("ROEFJES").length > 0 ? historyOf("ROEFJES", ofKind("ROEFJES"), today) : null,
  };
}
