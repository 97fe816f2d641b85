import { describe, expect, it } from "vitest";
import { formValues } from "../../lib/action-state";

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
