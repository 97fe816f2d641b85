"use server";

import { runAdminAction } from "../run-admin-action";
import {
  addGuardian,
  addChildHousehold,
  addPlacement,
  changeUserEmail,
  createChild,
  createContract,
  createFamily,
  endContract,
  endPlacement,
  moveGuardian,
  removeChildHousehold,
  updateChild,
  updateFamily,
} from "@/lib/beheer/mutations";
import {
  AddGuardianSchema,
  ChangeEmailSchema,
  ChildHouseholdSchema,
  ContractSchema,
  CreateChildSchema,
  CreateFamilySchema,
  EndContractSchema,
  EndPlacementSchema,
  MoveGuardianSchema,
  PlacementSchema,
  RemoveChildHouseholdSchema,
  UpdateChildSchema,
  UpdateFamilySchema,
} from "@/lib/beheer/schema";
import { PrepareExportSchema, prepareFamilyExport } from "@/lib/privacy/export-requests";
import type { ActionState } from "@/lib/action-state";

const familyPaths = (formData: FormData) => [
  "/beheer/gezinnen",
  `/beheer/gezinnen/${String(formData.get("familyId") ?? "")}`,
];

export async function createFamilyAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, CreateFamilySchema, {
    run: createFamily,
    success: "admin.familyCreated",
    revalidate: ["/beheer/gezinnen", "/beheer"],
  });
}

export async function updateFamilyAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, UpdateFamilySchema, {
    run: updateFamily,
    success: "admin.saved",
    revalidate: familyPaths(formData),
  });
}

export async function addGuardianAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, AddGuardianSchema, {
    run: addGuardian,
    success: (user) => ({ message: "admin.guardianCreated", messageValues: { loginName: user.loginName } }),
    revalidate: familyPaths(formData),
  });
}

export async function createChildAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, CreateChildSchema, {
    run: createChild,
    success: "admin.childCreated",
    revalidate: familyPaths(formData),
  });
}

export async function addPlacementAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, PlacementSchema, {
    run: addPlacement,
    success: "admin.placementCreated",
    revalidate: familyPaths(formData),
  });
}

export async function endPlacementAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, EndPlacementSchema, {
    run: endPlacement,
    success: "admin.placementEnded",
    revalidate: familyPaths(formData),
  });
}

export async function createContractAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, ContractSchema, {
    run: createContract,
    success: "admin.contractCreated",
    revalidate: familyPaths(formData),
  });
}

export async function endContractAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, EndContractSchema, {
    run: endContract,
    success: "admin.contractEnded",
    revalidate: familyPaths(formData),
  });
}

export async function updateChildAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, UpdateChildSchema, {
    run: updateChild,
    success: "admin.saved",
    revalidate: familyPaths(formData),
  });
}

export async function prepareExportAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, PrepareExportSchema, {
    run: (actor, input) => prepareFamilyExport(actor, input),
    success: ({ guardiansTold }) => ({
      message: "privacyExport.prepared",
      messageValues: { guardians: String(guardiansTold) },
    }),
    revalidate: familyPaths(formData),
  });
}

/** E-mail address of a guardian (family page) or staff member (medewerkers page); the form then shows what was stored. */
export async function changeEmailAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, ChangeEmailSchema, {
    run: changeUserEmail,
    success: ({ email, reinvite }) => ({
      message: reinvite ? "admin.emailChangedReinvite" : "admin.emailChanged",
      messageValues: { email },
    }),
    revalidate: [...familyPaths(formData), "/beheer/medewerkers"],
  });
}

export async function moveGuardianAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, MoveGuardianSchema, {
    run: moveGuardian,
    success: ({ loginName }) => ({ message: "admin.guardianMoved", messageValues: { loginName } }),
    revalidate: familyPaths(formData),
  });
}

export async function addChildHouseholdAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, ChildHouseholdSchema, {
    run: addChildHousehold,
    success: "admin.householdAdded",
    revalidate: familyPaths(formData),
  });
}

export async function removeChildHouseholdAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, RemoveChildHouseholdSchema, {
    run: removeChildHousehold,
    success: "admin.householdRemoved",
    revalidate: familyPaths(formData),
  });
}
