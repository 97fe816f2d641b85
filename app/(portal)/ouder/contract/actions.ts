"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { isAppError } from "@/lib/errors";
import { todayDate } from "@/lib/time";
import { changeRequestSchema, type ChangeRequestField } from "@/lib/contracts/schema";
import { requestContractChange } from "@/lib/contracts/mutations";

/** Which field an input error from the DAL belongs to, so it shows next to that field. */
const fieldForKey: Record<string, ChangeRequestField> = {
  "contract.effectiveTooSoon": "effectiveDate",
  "contract.noContractOnDate": "effectiveDate",
  "contract.dagdeelNotForCareType": "dagdeel",
  "contract.alreadyContracted": "dagdeel",
  "contract.notContracted": "dagdeel",
};

export async function requestChangeAction(
  _state: ActionState<ChangeRequestField>,
  formData: FormData,
): Promise<ActionState<ChangeRequestField>> {
  const values = formValues(formData) as Partial<Record<ChangeRequestField, string>>;
  try {
    const actor = await requireActor("PARENT");
    const today = todayDate();
    const parsed = changeRequestSchema(today).safeParse(values);
    if (!parsed.success)
      return {
        ok: false,
        message: "errors.INVALID_INPUT",
        fieldErrors: fieldErrorsFrom<ChangeRequestField>(parsed.error),
        values,
      };
    await requestContractChange(actor, parsed.data, today);
    revalidatePath("/ouder/contract");
    revalidatePath("/beheer/contractwijzigingen");
    return { ok: true, message: "contract.submitted" };
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT" && fieldForKey[error.messageKey]) {
      return { ok: false, fieldErrors: { [fieldForKey[error.messageKey]]: [error.messageKey] }, values };
    }
    if (isAppError(error) && error.code === "NOT_FOUND")
      return { ok: false, fieldErrors: { childId: ["contract.childRequired"] }, values };
    return stateFromError(error, values);
  }
}
