"use server";

import { runAdminAction } from "../run-admin-action";
import { createGroup, createLocation, setDagdeelTimes, setGroupCapacity } from "@/lib/beheer/mutations";
import { DagdeelTimesSchema, GroupSchema, LocationSchema } from "@/lib/beheer/schema";
import type { ActionState } from "@/lib/action-state";
import { z } from "zod";
import { isUuid } from "@/lib/ids";

const paths = ["/beheer/locaties"];

export async function createLocationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, LocationSchema, {
    run: createLocation,
    success: "admin.locationCreated",
    revalidate: paths,
  });
}

export async function setDagdeelTimesAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, DagdeelTimesSchema, {
    run: setDagdeelTimes,
    success: "admin.saved",
    revalidate: paths,
  });
}

export async function createGroupAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, GroupSchema, { run: createGroup, success: "admin.groupCreated", revalidate: paths });
}

const CapacitySchema = GroupSchema.pick({
  phone: true,
  capacityOchtend: true,
  capacityMiddag: true,
  capacityNaschools: true,
}).extend({ groupId: z.string().refine(isUuid, "admin.v.choose") });

export async function setGroupCapacityAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, CapacitySchema, { run: setGroupCapacity, success: "admin.saved", revalidate: paths });
}
