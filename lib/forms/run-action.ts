// The one shape of a server action (issue 13): re-authenticate (roles) -> zod parse -> run the DAL call ->
// revalidate -> success message, with the one error mapping (lib/action-state.ts stateFromError) that keeps the DAL's
// message key and everything typed. An action is then one call:
//   export const saveX = async (_s: ActionState<F>, formData: FormData) =>
//     runAction(formData, XSchema, { roles: ["PARENT"], run: (actor, input) => saveX(actor, input), ... });
// Not a "use server" module itself: the actions in app/ call it.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Role } from "../generated/prisma/enums";
import { requireActor, type SessionUser } from "../authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState, type ErrorFields } from "../action-state";

type RevalidatePaths = (string | [string, "layout" | "page"])[];

type Success<F extends string> = Pick<ActionState<F>, "message" | "messageValues" | "values">;

/** What a `parse` step read from the FormData (a checked file), or its problems as field errors (i18n keys). */
export type Parsed<F extends string, P> =
  | { ok: true; value: P }
  | { ok: false; fieldErrors: Partial<Record<F, string[]>> };

export type RunActionOptions<F extends string, S extends z.ZodType, R, P = undefined> = {
  /** Who may run it; none = any signed-in user (their own settings). */
  roles?: Role[];
  /** Fields that may repeat (checkbox groups): read with getAll. */
  arrays?: string[];
  /** Fields never echoed back in `values` (files; passwords and tokens never reach a runner). */
  omit?: string[];
  /** The parsed input from the form values; default: the values themselves (plus `arrays`). */
  input?: (values: Record<string, string>, formData: FormData) => unknown;
  /** Reads what is not a string (files) after the role check, next to the schema: its field errors are shown with
   * the schema's (errors.INVALID_INPUT); its value is `run`'s third argument. */
  parse?: (formData: FormData) => Promise<Parsed<F, P>>;
  run: (actor: SessionUser, input: z.output<S>, parsed: P) => Promise<R>;
  /** Paths to revalidate after a successful run ("layout" paths as [path, "layout"]); a function when a path
   * depends on the input or result (e.g. `/tegoed/${input.childId}`). */
  revalidate: RevalidatePaths | ((result: R, input: z.output<S>) => RevalidatePaths);
  success: string | ((result: R, input: z.output<S>) => Success<F>);
  /** DAL message keys that belong next to one field. */
  errorFields?: ErrorFields<F>;
  /** Where to go after a successful run (outside the error mapping: Next's redirect is a thrown signal). */
  redirect?: (result: R, input: z.output<S>) => string;
};

export async function runAction<S extends z.ZodType, R, F extends string = string, P = undefined>(
  formData: FormData,
  schema: S,
  options: RunActionOptions<F, S, R, P>,
): Promise<ActionState<F>> {
  const values = formValues(formData, options.omit) as Partial<Record<F, string>>;
  let redirectTo: string | undefined;
  try {
    const actor = await requireActor(...(options.roles ?? []));
    const raw: Record<string, unknown> = options.input
      ? (options.input(values as Record<string, string>, formData) as Record<string, unknown>)
      : { ...values };
    for (const name of options.arrays ?? []) raw[name] = formData.getAll(name).map(String);
    const parsed = schema.safeParse(raw);
    const extra = options.parse ? await options.parse(formData) : ({ ok: true, value: undefined as P } as const);
    if (!parsed.success || !extra.ok) {
      const fieldErrors = parsed.success ? {} : fieldErrorsFrom<F>(parsed.error);
      if (!extra.ok) Object.assign(fieldErrors, extra.fieldErrors);
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors, values };
    }
    const result = await options.run(actor, parsed.data, extra.value);
    const paths =
      typeof options.revalidate === "function" ? options.revalidate(result, parsed.data) : options.revalidate;
    for (const path of paths)
      if (typeof path === "string") revalidatePath(path);
      else revalidatePath(path[0], path[1]);
    redirectTo = options.redirect?.(result, parsed.data);
    if (redirectTo === undefined) {
      const success =
        typeof options.success === "string" ? { message: options.success } : options.success(result, parsed.data);
      return { ok: true, ...success };
    }
  } catch (error) {
    return stateFromError(error, values, options.errorFields);
  }
  redirect(redirectTo);
}
