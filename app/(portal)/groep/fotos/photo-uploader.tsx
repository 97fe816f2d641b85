"use client";

// Tablet-first uploader. Files go up one request each (XMLHttpRequest for upload progress), two at a time, so one
// failed file never takes the others down and can be retried on its own. Caption, tags and the file list stay as
// they are on errors: nothing the user chose is lost.
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConsentMarker } from "@/components/photos/consent-marker";
import { Button } from "@/components/ui/button";
import { newClientSubmissionKey } from "@/components/use-submission-key";

export type TaggableChild = { id: string; name: string; consentPhotograph: boolean; consentShareGroup: boolean };
type Status = "queued" | "uploading" | "done" | "failed";
/** `submissionKey`: one per file, sent again with each retry of that file, so a lost answer never stores it twice. */
type Item = {
  key: string;
  submissionKey: string;
  file: File;
  status: Status;
  progress: number;
  error?: string;
  /** Values for the error key, e.g. the names of children without consent. */
  values?: Record<string, string>;
};

const CAPTION_MAX = 300;
const PARALLEL = 2;

function sendFile(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ ok: boolean; error?: string; values?: Record<string, string> }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      if (xhr.status === 401) return resolve({ ok: false, error: "photos.errors.session" });
      try {
        const body = JSON.parse(xhr.responseText) as { ok: boolean; error?: string; values?: Record<string, string> };
        resolve(
          body.ok ? { ok: true } : { ok: false, error: body.error ?? "photos.errors.unexpected", values: body.values },
        );
      } catch {
        resolve({ ok: false, error: xhr.status === 413 ? "photos.errors.tooLarge" : "photos.errors.unexpected" });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: "photos.errors.network" });
    xhr.send(file);
  });
}

export function PhotoUploader({ groupId, taggable }: { groupId: string; taggable: TaggableChild[] }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [items, setItems] = useState<Item[]>([]);
  const [caption, setCaption] = useState("");
  const [tags, setTags] = useState<string[]>([]);
  const [noChildren, setNoChildren] = useState(false);
  const [busy, setBusy] = useState(false);
  const counter = useRef(0);

  const update = (key: string, patch: Partial<Item>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  function addFiles(files: FileList | null) {
    if (!files) return;
    const added = [...files].map((file) => ({
      key: `f${counter.current++}`,
      submissionKey: newClientSubmissionKey(),
      file,
      status: "queued" as Status,
      progress: 0,
    }));
    setItems((list) => [...list.filter((i) => i.status !== "done"), ...added]);
  }

  async function uploadAll() {
    const pending = items.filter((item) => item.status === "queued" || item.status === "failed");
    if (pending.length === 0) return;
    setBusy(true);
    const params = new URLSearchParams({
      groupId,
      caption: caption.slice(0, CAPTION_MAX),
      childIds: tags.join(","),
      noChildren: tags.length === 0 && noChildren ? "1" : "0",
    });
    const queue = [...pending];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const key = item.key;
        update(key, { status: "uploading", progress: 0, error: undefined, values: undefined });
        const query = new URLSearchParams(params);
        if (item.submissionKey) query.set("submissionKey", item.submissionKey);
        const result = await sendFile(`/api/photos?${query}`, item.file, (progress) => update(key, { progress }));
        update(
          key,
          result.ok
            ? { status: "done", progress: 1 }
            : { status: "failed", error: result.error, values: result.values },
        );
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    setBusy(false);
    router.refresh();
  }

  const done = items.filter((i) => i.status === "done").length;
  const toggleTag = (childId: string) =>
    setTags((list) => (list.includes(childId) ? list.filter((x) => x !== childId) : [...list, childId]));

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-5 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {t("upload.title")}
      </h2>
      <div className="flex flex-wrap gap-2">
        {/* capture: opens the camera directly on phones and tablets. */}
        <label className="inline-flex min-h-11 cursor-pointer items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 focus-within:outline-3 focus-within:outline-brand-900">
          {t("upload.takePhoto")}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            className="sr-only"
            onChange={(e) => {
              addFiles(e.target.files);
              e.target.value = "";
            }}
          />
        </label>
        <label className="inline-flex min-h-11 cursor-pointer items-center rounded-lg bg-white px-4 font-medium text-brand-800 ring-1 ring-inset ring-brand-700/30 hover:bg-brand-50 focus-within:outline-3 focus-within:outline-brand-900">
          {t("upload.choosePhotos")}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/*"
            multiple
            className="sr-only"
            data-testid="photo-files"
            onChange={(e) => {
              addFiles(e.target.files);
              e.target.value = "";
            }}
          />
        </label>
        <p className="self-center text-sm text-slate-600" aria-live="polite">
          {t("upload.chosen", { count: items.filter((i) => i.status !== "done").length })}
        </p>
      </div>

      {items.length > 0 && (
        <ul className="divide-y divide-slate-100" aria-label={t("upload.summary", { done, total: items.length })}>
          {items.map((item) => (
            <li key={item.key} className="flex flex-wrap items-center gap-3 py-2">
              <span className="min-w-0 flex-1 truncate text-sm font-medium">{item.file.name}</span>
              <progress
                className="h-2 w-28"
                max={1}
                value={item.progress}
                aria-label={t("upload.progress", { name: item.file.name })}
              />
              <span
                className={`text-sm ${item.status === "failed" ? "text-red-700" : item.status === "done" ? "text-green-800" : "text-slate-600"}`}
                role={item.status === "failed" ? "alert" : undefined}
              >
                {t(`upload.status.${item.status}`)}
                {item.error && `: ${t(item.error, item.values)}`}
              </span>
              {item.status !== "uploading" && item.status !== "done" && (
                <button
                  type="button"
                  className="min-h-11 rounded-lg px-3 text-sm text-slate-700 hover:bg-slate-100"
                  aria-label={t("upload.remove", { name: item.file.name })}
                  onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      <div className="space-y-1">
        <label htmlFor={`${id}-caption`} className="block text-sm font-medium text-slate-700">
          {t("upload.caption")}
        </label>
        <input
          id={`${id}-caption`}
          value={caption}
          maxLength={CAPTION_MAX}
          onChange={(e) => setCaption(e.target.value)}
          aria-describedby={`${id}-caption-hint`}
          className="block w-full rounded-lg border border-slate-300 px-3 py-2.5 text-base"
        />
        <p id={`${id}-caption-hint`} className="text-sm text-slate-500">
          {t("upload.captionHint")}
        </p>
      </div>

      <fieldset aria-describedby={`${id}-tag-hint`}>
        <legend className="text-sm font-medium text-slate-700">{t("upload.tagLegend")}</legend>
        <p id={`${id}-tag-hint`} className="text-sm text-slate-500">
          {t("upload.tagHint")}
        </p>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {taggable.map((child) => (
            <li key={child.id}>
              <label
                className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg px-3 py-2 ring-1 ring-inset ${tags.includes(child.id) ? "bg-brand-50 ring-brand-700" : "ring-slate-300"}`}
              >
                <input
                  type="checkbox"
                  className="size-5"
                  checked={tags.includes(child.id)}
                  onChange={() => toggleTag(child.id)}
                />
                <span>
                  <span className="block font-medium">{child.name}</span>
                  <ConsentMarker child={child} />
                </span>
              </label>
            </li>
          ))}
        </ul>
        {tags.length === 0 && (
          <div className="mt-3 space-y-1">
            <label className="flex min-h-11 cursor-pointer items-center gap-3">
              <input
                type="checkbox"
                className="size-5"
                checked={noChildren}
                onChange={(e) => setNoChildren(e.target.checked)}
                aria-describedby={`${id}-nochildren-hint`}
              />
              <span className="font-medium">{t("upload.noChildren")}</span>
            </label>
            <p id={`${id}-nochildren-hint`} className="text-sm text-slate-500">
              {t("upload.noChildrenHint")}
            </p>
            {!noChildren && <p className="text-sm font-medium text-amber-900">{t("upload.untaggedWarning")}</p>}
          </div>
        )}
      </fieldset>

      <div className="flex items-center gap-3">
        <Button
          type="button"
          onClick={uploadAll}
          disabled={busy || !items.some((i) => i.status === "queued" || i.status === "failed")}
        >
          {items.some((i) => i.status === "failed") && !items.some((i) => i.status === "queued")
            ? t("upload.retry")
            : t("upload.submit")}
        </Button>
        {items.length > 0 && (
          <p className="text-sm text-slate-700" role="status">
            {t("upload.summary", { done, total: items.length })}
          </p>
        )}
      </div>
    </section>
  );
}
