"use server";

import { runAdminAction } from "../run-admin-action";
import { createManager, createStaffMember, setManagerLocations, setStaffGroups } from "@/lib/beheer/mutations";
import { ManagerSchema, StaffGroupsSchema, StaffSchema } from "@/lib/beheer/schema";
import type { ActionState } from "@/lib/action-state";
import { z } from "zod";
import { isUuid } from "@/lib/ids";

const paths = ["/beheer/medewerkers", "/beheer/locaties"];

export async function createStaffAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, StaffSchema, {
    arrays: ["groupIds"],
    run: createStaffMember,
    success: "admin.staffCreated",
    revalidate: paths,
  });
}

export async function setStaffGroupsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, StaffGroupsSchema, {
    arrays: ["groupIds"],
    run: setStaffGroups,
    success: "admin.saved",
    revalidate: paths,
  });
}

export async function createManagerAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, ManagerSchema, {
    arrays: ["locationIds"],
    run: createManager,
    success: "admin.managerCreated",
    revalidate: paths,
  });
}

const ManagerLocationsSchema = z.object({
  userId: z.string().refine(isUuid, "admin.v.choose"),
  locationIds: z.array(z.string().refine(isUuid, "admin.v.choose")).default([]),
});

export async function setManagerLocationsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, ManagerLocationsSchema, {
    arrays: ["locationIds"],
    run: setManagerLocations,
    success: "admin.saved",
    revalidate: paths,
  });
}
