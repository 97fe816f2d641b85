import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** For pages: a DAL NOT_FOUND ("not yours" or missing) becomes the 404 page; anything else stays an error. */
export function notFoundOnAppError(error: unknown): never {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
}
