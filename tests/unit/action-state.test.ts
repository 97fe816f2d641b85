import { describe, expect, it } from "vitest";
import { formValues, stateFromError } from "../../lib/action-state";
import { AppError } from "../../lib/errors";
import { PlanningError } from "../../lib/planning/errors";

describe("formValues", () => {
  it("drops NUL characters (Postgres text columns reject them; found by the write-path fuzz tests)", () => {
    const form = new FormData();
    form.append("body", "a\u0000b\u0000");
    form.append("name", "Oma");
    expect(formValues(form)).toEqual({ body: "ab", name: "Oma" });
  });

  it("skips files, omitted keys and Next's $ACTION fields", () => {
    const form = new FormData();
    form.append("file", new Blob(["x"]), "x.txt");
    form.append("password", "geheim");
    form.append("$ACTION_ID_1", "");
    form.append("title", "Hallo");
    expect(formValues(form, ["password"])).toEqual({ title: "Hallo" });
  });
});

describe("stateFromError: the one error -> form state mapping", () => {
  const typed = { title: "Wat ik typte" };

  it("an AppError with its own message key keeps the key, its values and what was typed", () => {
    expect(stateFromError(new AppError("CONFLICT", "contacts.tooMany"), typed)).toEqual({
      ok: false,
      message: "contacts.tooMany",
      messageValues: undefined,
      values: typed,
    });
    const planning = new PlanningError("INSUFFICIENT_BALANCE", "planningErrors.notEnough", { needed: "5 u" });
    expect(stateFromError(planning, typed)).toMatchObject({
      message: "planningErrors.notEnough",
      messageValues: { needed: "5 u" },
      values: typed,
    });
  });

  it("an AppError without one reads errors.<code>", () => {
    expect(stateFromError(new AppError("NOT_FOUND"), typed)).toMatchObject({
      message: "errors.NOT_FOUND",
      values: typed,
    });
  });

  it("errorFields put a key next to its field, or another key there", () => {
    const fields = {
      "contract.effectiveTooSoon": "effectiveDate",
      NOT_FOUND: ["childId", "contract.childRequired"],
    } as const;
    expect(stateFromError<string>(new AppError("INVALID_INPUT", "contract.effectiveTooSoon"), typed, fields)).toEqual({
      ok: false,
      fieldErrors: { effectiveDate: ["contract.effectiveTooSoon"] },
      values: typed,
    });
    expect(stateFromError<string>(new AppError("NOT_FOUND"), typed, fields)).toEqual({
      ok: false,
      fieldErrors: { childId: ["contract.childRequired"] },
      values: typed,
    });
  });
});
