"use server";

import { runAdminAction } from "../run-admin-action";
import {
  createClosedDay,
  createSchoolVacation,
  deleteClosedDay,
  deleteSchoolVacation,
  generateSchoolVacations,
  setLocationRegion,
  updateHolidaySettings,
  updateSchoolVacation,
} from "@/lib/calendar/mutations";
import {
  ClosedDaySchema,
  GenerateVacationsSchema,
  HolidaySettingsSchema,
  IdSchema,
  LocationRegionSchema,
  SchoolVacationSchema,
  UpdateSchoolVacationSchema,
} from "@/lib/calendar/schema";
import type { ActionState } from "@/lib/action-state";

const paths = ["/beheer/vakanties"];

export async function updateHolidaySettingsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, HolidaySettingsSchema, {
    run: updateHolidaySettings,
    success: "calendar.saved",
    revalidate: paths,
  });
}

export async function setLocationRegionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, LocationRegionSchema, {
    run: setLocationRegion,
    success: "calendar.saved",
    revalidate: paths,
  });
}

export async function addVacationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, SchoolVacationSchema, {
    run: createSchoolVacation,
    success: "calendar.vacationAdded",
    revalidate: paths,
  });
}

export async function updateVacationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, UpdateSchoolVacationSchema, {
    run: updateSchoolVacation,
    success: "calendar.saved",
    revalidate: paths,
  });
}

export async function deleteVacationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, IdSchema, {
    run: (actor, input) => deleteSchoolVacation(actor, input.id),
    success: "calendar.vacationDeleted",
    revalidate: paths,
  });
}

export async function generateVacationsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, GenerateVacationsSchema, {
    run: generateSchoolVacations,
    success: (result) => ({
      message: result.published ? "calendar.generatedPublished" : "calendar.generatedProposal",
      messageValues: { created: String(result.created), skipped: String(result.skipped) },
    }),
    revalidate: paths,
  });
}

export async function addClosedDayAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, ClosedDaySchema, {
    run: createClosedDay,
    success: "calendar.closedDayAdded",
    revalidate: paths,
  });
}

export async function deleteClosedDayAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, IdSchema, {
    run: (actor, input) => deleteClosedDay(actor, input.id),
    success: "calendar.closedDayDeleted",
    revalidate: paths,
  });
}
