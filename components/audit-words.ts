// Audit log events in words for the beheer log (issue 17: no codes on screen): "admin.group.capacity" reads
// "Groepsgrootte gewijzigd". An action without its own words falls back to its category ("Beheer: wijziging");
// tests/unit/audit-words.test.ts checks that every action the code writes has its own.

type Translator = {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
};

/** The key of an action's words: next-intl keys cannot contain dots. */
export const auditActionKey = (action: string) => `actions.${action.replaceAll(".", "_")}`;

export function auditActionWords(t: Translator, action: string): string {
  const key = auditActionKey(action);
  if (t.has(key)) return t(key);
  const prefix = action.split(".")[0];
  const category = t.has(`categories.${prefix}`) ? t(`categories.${prefix}`) : t("categories.other");
  return t("fallback", { category });
}

export function auditEntityWords(t: Translator, entityType: string | null): string {
  if (!entityType) return "–";
  return t.has(`entities.${entityType}`) ? t(`entities.${entityType}`) : "–";
}
