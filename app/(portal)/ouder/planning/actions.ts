"use server";

// Planning actions for parents and staff: each one runAction call (roles -> zod -> DAL, which scopes -> revalidate).
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { runAction } from "@/lib/forms/run-action";
import { CreateRequestSchema, ReportAbsenceSchema, UpdateAbsenceSchema } from "@/lib/planning/schema";
import {
  cancelCareRequest,
  createCareRequests,
  reportAbsence,
  updateAbsence,
  withdrawAbsence,
} from "@/lib/planning/mutations";
import { formatDuration, formatRoefjes } from "@/lib/planning/format";

const PLANNING_PATHS = ["/ouder/planning", "/ouder/roefjes", "/groep/aanwezigheid", "/aanvragen"];
const EVERYONE = ["PARENT", "STAFF", "MANAGER", "BEHEERDER"] as const;

/** An id passed on to the DAL as is (it scopes it: not yours or unknown = NOT_FOUND). */
const IdSchema = (name: string) => z.object({ [name]: z.string() });
const idInput = (name: string) => (values: Record<string, string>) => ({ [name]: values[name] ?? "" });

export async function reportAbsenceAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, ReportAbsenceSchema, {
    roles: [...EVERYONE],
    run: (actor, input) => reportAbsence(actor, input),
    revalidate: PLANNING_PATHS,
    success: (result) => ({
      message: "planning.absenceReported",
      messageValues: {
        count: String(result.count),
        earned: formatDuration(result.earnedMinutes),
        roefjes: result.roefjesMinutes > 0 ? formatRoefjes(result.roefjesMinutes) : "none",
        cancelled: String(result.cancelled),
      },
    }),
  });
}

export async function absenceAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  if (formData.get("intent") === "withdraw")
    return runAction(formData, IdSchema("absenceId"), {
      roles: [...EVERYONE],
      input: idInput("absenceId"),
      run: (actor, input) => withdrawAbsence(actor, String(input.absenceId)),
      revalidate: PLANNING_PATHS,
      success: "planning.absenceWithdrawn",
    });
  return runAction(formData, UpdateAbsenceSchema, {
    roles: [...EVERYONE],
    run: (actor, input) => updateAbsence(actor, input),
    revalidate: PLANNING_PATHS,
    success: "planning.absenceUpdated",
  });
}

/** Slots come as repeated "slot" values ("yyyy-MM-dd|DAGDEEL") or as one date plus one or more dagdelen. */
function slotsFrom(formData: FormData): string[] {
  const slots = formData.getAll("slot").map(String);
  const date = String(formData.get("date") ?? "");
  for (const dagdeel of formData.getAll("dagdeel").map(String)) if (date) slots.push(`${date}|${dagdeel}`);
  return slots;
}

export async function createRequestAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, CreateRequestSchema, {
    roles: [...EVERYONE],
    input: (values) => ({
      type: values.type,
      childIds: formData.getAll("childId").map(String),
      slots: slotsFrom(formData),
      comment: values.comment ?? "",
    }),
    run: (actor, input) => createCareRequests(actor, input),
    revalidate: PLANNING_PATHS,
    success: (created) => {
      const approved = created.filter((c) => c.status === "APPROVED").length;
      return {
        message: "planning.requestCreated",
        messageValues: { approved: String(approved), pending: String(created.length - approved) },
      };
    },
  });
}

export async function cancelRequestAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, IdSchema("requestId"), {
    roles: [...EVERYONE],
    input: idInput("requestId"),
    run: (actor, input) => cancelCareRequest(actor, String(input.requestId)),
    revalidate: PLANNING_PATHS,
    success: "planning.requestCancelled",
  });
}
