"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { CSV_MAX_BYTES } from "@/lib/beheer/import-limits";
import { importAction } from "./actions";
import type { ImportState } from "./types";
import { InviteImported } from "./invite-imported";

export function ImportForm() {
  const t = useTranslations("adminImport");
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(importAction, { ok: false } as ImportState);
  const preview = state.preview;
  // Checked in the browser first: a file over the server-action body limit (next.config.ts) would be refused by the
  // framework before our own "te groot" could answer.
  const [tooLarge, setTooLarge] = useState(false);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    const over = file instanceof File && file.size > CSV_MAX_BYTES;
    setTooLarge(over);
    if (over) event.preventDefault();
  }
  return (
    <div className="space-y-4">
      <form action={formAction} onSubmit={onSubmit} className="space-y-3" key={state.csv ?? ""}>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
            {t("file")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            className="block min-h-11 w-full"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="import-csv" className="block text-sm font-medium text-slate-700">
            {t("paste")}
          </label>
          <textarea
            id="import-csv"
            name="csv"
            rows={6}
            defaultValue={state.csv ?? ""}
            className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>
            {t("check")}
          </Button>
          <Button type="submit" name="intent" value="apply" disabled={pending}>
            {t("apply")}
          </Button>
        </div>
      </form>
      {tooLarge ? (
        <Notice tone="error">{t("e.tooBig")}</Notice>
      ) : (
        state.message && <Notice tone={state.ok ? "success" : "error"}>{tr(state.message, state.messageValues)}</Notice>
      )}
      {state.ok && state.createdGuardianIds && (
        <InviteImported key={state.createdGuardianIds.join(",")} userIds={state.createdGuardianIds} />
      )}
      {!tooLarge && preview && state.encoding && (
        <p className="text-sm text-slate-700" data-testid="import-encoding">
          {t(`encoding.${state.encoding}`)}
        </p>
      )}
      {preview && preview.fileProblems.length > 0 && (
        <ul className="list-disc pl-6 text-red-700" data-testid="import-file-problems">
          {preview.fileProblems.map((problem) => (
            <li key={problem.key}>{t(`e.${problem.key}`, problem.values ?? {})}</li>
          ))}
        </ul>
      )}
      {preview && preview.lines.length > 0 && (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("previewCaption")}>
          <table className="w-full text-left text-sm" data-testid="import-preview">
            <caption className="sr-only">{t("previewCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-3">
                  {t("line")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("debiteurnummer")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("family")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("child")}
                </th>
                <th scope="col" className="py-2">
                  {t("result")}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.lines.map((line) => (
                <tr key={line.line} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-3">{line.line}</td>
                  <td className="py-2 pr-3">{line.debiteurnummer}</td>
                  <td className="py-2 pr-3">{line.familyName}</td>
                  <td className="py-2 pr-3">{line.childName}</td>
                  <td className="py-2">
                    {line.problems.length === 0 ? (
                      <span className="text-green-800">
                        {t("ok", {
                          family: t(`status.${line.familyStatus ?? "new"}`),
                          child: t(`status.${line.childStatus ?? "new"}`),
                        })}
                      </span>
                    ) : (
                      <ul className="text-red-700">
                        {line.problems.map((problem) => (
                          <li key={`${problem.key}-${JSON.stringify(problem.values ?? {})}`}>
                            {t(`e.${problem.key}`, problem.values ?? {})}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
