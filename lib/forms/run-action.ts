// The one shape of a server action (issue 13): re-authenticate (roles) -> zod parse -> run the DAL call ->
// revalidate -> success message, with the one error mapping (lib/action-state.ts stateFromError) that keeps the DAL's
// message key and everything typed. An action is then one call:
//   export const saveX = async (_s: ActionState<F>, formData: FormData) =>
//     runAction(formData, XSchema, { roles: ["PARENT"], run: (actor, input) => saveX(actor, input), ... });
// Not a "use server" module itself: the actions in app/ call it.
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Role } from "../generated/prisma/enums";
import { requireActor, type SessionUser } from "../authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState, type ErrorFields } from "../action-state";

type Success<F extends string> = Pick<ActionState<F>, "message" | "messageValues" | "values">;

export type RunActionOptions<F extends string, S extends z.ZodType, R> = {
  /** Who may run it; none = any signed-in user (their own settings). */
  roles?: Role[];
  /** Fields that may repeat (checkbox groups): read with getAll. */
  arrays?: string[];
  /** Fields never echoed back in `values` (files; passwords and tokens never reach a runner). */
  omit?: string[];
  /** The parsed input from the form values; default: the values themselves (plus `arrays`). */
  input?: (values: Record<string, string>, formData: FormData) => unknown;
  run: (actor: SessionUser, input: z.output<S>) => Promise<R>;
  /** Paths to revalidate after a successful run ("layout" paths as [path, "layout"]). */
  revalidate: (string | [string, "layout" | "page"])[];
  success: string | ((result: R, input: z.output<S>) => Success<F>);
  /** DAL message keys that belong next to one field. */
  errorFields?: ErrorFields<F>;
};

export async function runAction<S extends z.ZodType, R, F extends string = string>(
  formData: FormData,
  schema: S,
  options: RunActionOptions<F, S, R>,
): Promise<ActionState<F>> {
  const values = formValues(formData, options.omit) as Partial<Record<F, string>>;
  try {
    const actor = await requireActor(...(options.roles ?? []));
    const raw: Record<string, unknown> = options.input
      ? (options.input(values as Record<string, string>, formData) as Record<string, unknown>)
      : { ...values };
    for (const name of options.arrays ?? []) raw[name] = formData.getAll(name).map(String);
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom<F>(parsed.error), values };
    const result = await options.run(actor, parsed.data);
    for (const path of options.revalidate)
      if (typeof path === "string") revalidatePath(path);
      else revalidatePath(path[0], path[1]);
    const success =
      typeof options.success === "string" ? { message: options.success } : options.success(result, parsed.data);
    return { ok: true, ...success };
  } catch (error) {
    return stateFromError(error, values, options.errorFields);
  }
}
