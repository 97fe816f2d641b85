import { getLocale, getTranslations } from "next-intl/server";

/** The server action that stores the choice (app/locale-action.ts setLocale); components/ never import app/. */
export type LocaleAction = (formData: FormData) => Promise<void>;

/** Dutch first, English second. A plain form, so it works without JavaScript too. */
export async function LocaleSwitch({ action }: { action: LocaleAction }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={action} className="flex items-center gap-2 text-sm">
      <span className="text-slate-600">{t("language")}:</span>
      {(["nl", "en"] as const).map((value) => (
        <button
          type="submit"
          key={value}
          name="locale"
          value={value}
          aria-pressed={locale === value}
          className={`min-h-11 rounded-lg px-3 ${locale === value ? "font-semibold text-brand-800 underline" : "text-slate-600 hover:text-brand-800"}`}
        >
          {value === "nl" ? "Nederlands" : "English"}
        </button>
      ))}
    </form>
  );
}
