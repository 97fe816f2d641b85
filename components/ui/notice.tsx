import type { ReactNode } from "react";

const tones = {
  info: "bg-brand-50 text-brand-800 ring-brand-700/20",
  success: "bg-green-50 text-green-800 ring-green-700/20",
  error: "bg-red-50 text-red-800 ring-red-700/20",
} as const;

export function Notice({ tone = "info", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg px-4 py-3 text-sm ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </div>
  );
}
