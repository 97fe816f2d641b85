"use server";

// Planning actions for parents and staff. Thin: requireActor -> zod -> DAL (which scopes) -> revalidate -> state.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, type ActionState } from "@/lib/action-state";
import { planningStateFromError } from "@/lib/planning/errors";
import { CreateRequestSchema, ReportAbsenceSchema, UpdateAbsenceSchema } from "@/lib/planning/schema";
import {
  cancelCareRequest,
  createCareRequests,
  reportAbsence,
  updateAbsence,
  withdrawAbsence,
} from "@/lib/planning/mutations";
import { formatDuration, formatRoefjes } from "@/lib/planning/format";

const revalidatePlanning = () => {
  revalidatePath("/ouder/planning");
  revalidatePath("/ouder/roefjes");
  revalidatePath("/groep/aanwezigheid");
  revalidatePath("/aanvragen");
};

export async function reportAbsenceAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor("PARENT", "STAFF", "MANAGER", "BEHEERDER");
    const parsed = ReportAbsenceSchema.safeParse(values);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    const result = await reportAbsence(actor, parsed.data);
    revalidatePlanning();
    return {
      ok: true,
      message: "planning.absenceReported",
      messageValues: {
        count: String(result.count),
        earned: formatDuration(result.earnedMinutes),
        roefjes: result.roefjesMinutes > 0 ? formatRoefjes(result.roefjesMinutes) : "none",
        cancelled: String(result.cancelled),
      },
    };
  } catch (error) {
    return planningStateFromError(error, values);
  }
}

export async function absenceAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor("PARENT", "STAFF", "MANAGER", "BEHEERDER");
    if (values.intent === "withdraw") {
      await withdrawAbsence(actor, values.absenceId ?? "");
      revalidatePlanning();
      return { ok: true, message: "planning.absenceWithdrawn" };
    }
    const parsed = UpdateAbsenceSchema.safeParse(values);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    await updateAbsence(actor, parsed.data);
    revalidatePlanning();
    return { ok: true, message: "planning.absenceUpdated" };
  } catch (error) {
    return planningStateFromError(error, values);
  }
}

/** Slots come as repeated "slot" values ("yyyy-MM-dd|DAGDEEL") or as one date plus one or more dagdelen. */
function slotsFrom(formData: FormData): string[] {
  const slots = formData.getAll("slot").map(String);
  const date = String(formData.get("date") ?? "");
  for (const dagdeel of formData.getAll("dagdeel").map(String)) if (date) slots.push(`${date}|${dagdeel}`);
  return slots;
}

export async function createRequestAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor("PARENT", "STAFF", "MANAGER", "BEHEERDER");
    const parsed = CreateRequestSchema.safeParse({
      type: values.type,
      childIds: formData.getAll("childId").map(String),
      slots: slotsFrom(formData),
      comment: values.comment ?? "",
    });
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    const created = await createCareRequests(actor, parsed.data);
    revalidatePlanning();
    const approved = created.filter((c) => c.status === "APPROVED").length;
    return {
      ok: true,
      message: "planning.requestCreated",
      messageValues: { approved: String(approved), pending: String(created.length - approved) },
    };
  } catch (error) {
    return planningStateFromError(error, values);
  }
}

export async function cancelRequestAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActor("PARENT", "STAFF", "MANAGER", "BEHEERDER");
    await cancelCareRequest(actor, String(formData.get("requestId") ?? ""));
    revalidatePlanning();
    return { ok: true, message: "planning.requestCancelled" };
  } catch (error) {
    return planningStateFromError(error);
  }
}
