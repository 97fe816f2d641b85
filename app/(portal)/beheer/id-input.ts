// The row id of a beheer delete button, passed on to the DAL as is: it scopes it (unknown or not yours = NOT_FOUND).
import { z } from "zod";

export const IdSchema = z.object({ id: z.string() });
export const idInput = (values: Record<string, string>) => ({ id: values.id ?? "" });
