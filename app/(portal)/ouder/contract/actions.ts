"use server";

import type { ActionState } from "@/lib/action-state";
import { runAction } from "@/lib/forms/run-action";
import { todayDate } from "@/lib/time";
import { changeRequestSchema, type ChangeRequestField } from "@/lib/contracts/schema";
import { requestContractChange } from "@/lib/contracts/mutations";

export async function requestChangeAction(
  _state: ActionState<ChangeRequestField>,
  formData: FormData,
): Promise<ActionState<ChangeRequestField>> {
  const today = todayDate();
  return runAction(formData, changeRequestSchema(today), {
    roles: ["PARENT"],
    run: (actor, input) => requestContractChange(actor, input, today),
    revalidate: ["/ouder/contract", "/beheer/contractwijzigingen"],
    success: "contract.submitted",
    // Input errors from the DAL show next to their field; "not your child" is the child field's error.
    errorFields: {
      "contract.effectiveTooSoon": "effectiveDate",
      "contract.noContractOnDate": "effectiveDate",
      "contract.dagdeelNotForCareType": "dagdeel",
      "contract.alreadyContracted": "dagdeel",
      "contract.notContracted": "dagdeel",
      NOT_FOUND: ["childId", "contract.childRequired"],
    },
  });
}
