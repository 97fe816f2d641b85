"use server";

import type { ActionState } from "@/lib/action-state";
import { requestPasswordReset, setPasswordWithToken } from "@/lib/accounts/mutations";

async function passwordWithToken(kind: "INVITE" | "RESET", formData: FormData): Promise<ActionState<"password">> {
  const result = await setPasswordWithToken({
    kind,
    token: String(formData.get("token") ?? ""),
    password: String(formData.get("password") ?? ""),
    passwordConfirm: String(formData.get("passwordConfirm") ?? ""),
  });
  if (result.ok) return { ok: true, message: kind === "INVITE" ? "activate.done" : "reset.done" };
  if ("tokenInvalid" in result)
    return { ok: false, message: kind === "INVITE" ? "activate.invalidToken" : "reset.invalidToken" };
  return { ok: false, fieldErrors: { password: [`password.${result.fieldErrors.password}`] } };
}

export async function activateAccountAction(_state: ActionState<"password">, formData: FormData) {
  return passwordWithToken("INVITE", formData);
}

export async function resetPasswordAction(_state: ActionState<"password">, formData: FormData) {
  return passwordWithToken("RESET", formData);
}

export async function forgotPasswordAction(
  _state: ActionState<"login">,
  formData: FormData,
): Promise<ActionState<"login">> {
  const login = String(formData.get("login") ?? "").slice(0, 254);
  const { throttled } = await requestPasswordReset({ login });
  return throttled
    ? { ok: false, message: "forgot.throttled", values: { login } }
    : { ok: true, message: "forgot.sent" };
}
