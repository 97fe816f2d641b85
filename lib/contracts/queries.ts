// Contracts and contract change requests as seen by the signed-in user.
import "server-only";
import { prisma } from "../db";
import { assertRole, childScope, type SessionUser } from "../authz";
import { todayDate, toIsoDate } from "../time";
import type { ChangeRequestStatus, Dagdeel } from "../generated/prisma/enums";

export type ContractView = {
  id: string;
  careType: "KDV" | "BSO";
  startDate: string;
  endDate: string | null;
  /** Vacation care per calendar year as Roefjes (1 Roefje = 1 care hour). */
  roefjesPerYear: number;
  days: { weekday: number; dagdelen: Dagdeel[] }[];
};

export type ChangeRequestView = {
  id: string;
  kind: string;
  weekday: number | null;
  dagdeel: Dagdeel | null;
  effectiveDate: string;
  endDate: string | null;
  comment: string;
  status: ChangeRequestStatus;
  handlerNote: string;
  createdAt: Date;
  handledAt: Date | null;
};

export type ChildContracts = {
  id: string;
  firstName: string;
  lastName: string;
  contracts: ContractView[];
  requests: ChangeRequestView[];
};

const DAGDEEL_ORDER: Dagdeel[] = ["OCHTEND", "MIDDAG", "NASCHOOLS"];

function groupDays(days: { weekday: number; dagdeel: Dagdeel }[]): ContractView["days"] {
  const byDay = new Map<number, Dagdeel[]>();
  for (const day of days) byDay.set(day.weekday, [...(byDay.get(day.weekday) ?? []), day.dagdeel]);
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([weekday, dagdelen]) => ({
      weekday,
      dagdelen: dagdelen.sort((a, b) => DAGDEEL_ORDER.indexOf(a) - DAGDEEL_ORDER.indexOf(b)),
    }));
}

const requestSelect = {
  id: true,
  kind: true,
  weekday: true,
  dagdeel: true,
  effectiveDate: true,
  endDate: true,
  comment: true,
  status: true,
  handlerNote: true,
  createdAt: true,
  handledAt: true,
} as const;

type RequestRow = { effectiveDate: Date; endDate: Date | null } & Omit<ChangeRequestView, "effectiveDate" | "endDate">;
const toRequestView = (row: RequestRow): ChangeRequestView => ({
  ...row,
  effectiveDate: toIsoDate(row.effectiveDate),
  endDate: row.endDate ? toIsoDate(row.endDate) : null,
});

/** The parent's children with their current and future contracts and their change requests (newest first). */
export async function listOwnContracts(user: SessionUser, today = todayDate()): Promise<ChildContracts[]> {
  assertRole(user, "PARENT");
  const children = await prisma.child.findMany({
    where: childScope(user, today),
    orderBy: [{ birthDate: "desc" }, { firstName: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      contracts: {
        where: { OR: [{ endDate: null }, { endDate: { gte: today } }] },
        orderBy: { startDate: "asc" },
        select: {
          id: true,
          careType: true,
          startDate: true,
          endDate: true,
          vacationMinutesPerYear: true,
          days: { select: { weekday: true, dagdeel: true } },
        },
      },
      changeRequests: { orderBy: { createdAt: "desc" }, take: 20, select: requestSelect },
    },
  });
  return children.map((child) => ({
    id: child.id,
    firstName: child.firstName,
    lastName: child.lastName,
    contracts: child.contracts.map((contract) => ({
      id: contract.id,
      careType: contract.careType,
      startDate: toIsoDate(contract.startDate),
      endDate: contract.endDate ? toIsoDate(contract.endDate) : null,
      roefjesPerYear: Math.floor(contract.vacationMinutesPerYear / 60),
      days: groupDays(contract.days),
    })),
    requests: child.changeRequests.map(toRequestView),
  }));
}

export type BeheerChangeRequest = ChangeRequestView & {
  child: { firstName: string; lastName: string; family: { debiteurnummer: string; name: string } };
  requestedByName: string;
};

/** Beheer queue: open requests oldest first, then the latest decided ones. */
export async function listChangeRequestsForBeheer(
  user: SessionUser,
): Promise<{ open: BeheerChangeRequest[]; decided: BeheerChangeRequest[] }> {
  assertRole(user, "BEHEERDER");
  const select = {
    ...requestSelect,
    requestedById: true,
    child: { select: { firstName: true, lastName: true, family: { select: { debiteurnummer: true, name: true } } } },
  } as const;
  const scope = { child: childScope(user) };
  const [open, decided] = await Promise.all([
    prisma.contractChangeRequest.findMany({
      where: { AND: [scope, { status: "OPEN" }] },
      orderBy: { createdAt: "asc" },
      take: 200,
      select,
    }),
    prisma.contractChangeRequest.findMany({
      where: { AND: [scope, { status: { not: "OPEN" } }] },
      orderBy: { handledAt: "desc" },
      take: 20,
      select,
    }),
  ]);
  const requesterIds = [...new Set([...open, ...decided].map((r) => r.requestedById))];
  const requesters = await prisma.user.findMany({
    where: { id: { in: requesterIds }, organisationId: user.organisationId },
    select: { id: true, name: true },
  });
  const names = new Map(requesters.map((r) => [r.id, r.name]));
  const toView = ({ requestedById, child, ...row }: (typeof open)[number]): BeheerChangeRequest => ({
    ...toRequestView(row),
    child,
    requestedByName: names.get(requestedById) ?? "",
  });
  return { open: open.map(toView), decided: decided.map(toView) };
}

/** Open requests of the beheerder's organisation (the badge on the Ouderzaken hub). */
export async function countOpenChangeRequests(user: SessionUser): Promise<number> {
  assertRole(user, "BEHEERDER");
  return prisma.contractChangeRequest.count({ where: { AND: [{ child: childScope(user) }, { status: "OPEN" }] } });
}
