import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import localFont from "next/font/local";
import { ServiceWorker } from "@/components/service-worker";
import "./globals.css";

// Figtree, shipped with the app from the @fontsource-variable/figtree npm package (one variable file per script
// subset, weights 300-900): next/font copies it into the build and preloads the Latin file. Nothing is downloaded.
const figtree = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/figtree/files/figtree-latin-wght-normal.woff2", style: "normal" },
    { path: "../node_modules/@fontsource-variable/figtree/files/figtree-latin-ext-wght-normal.woff2", style: "normal" },
  ],
  weight: "300 900",
  display: "swap",
  variable: "--font-figtree",
  fallback: ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    applicationName: t("appName"),
    appleWebApp: { capable: true, title: "De Roef", statusBarStyle: "default" },
    icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
  };
}

export const viewport: Viewport = { themeColor: "#0f766e", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale} className={figtree.variable}>
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider here: routes whose client components translate add one (ClientMessages), so
            the others ship no next-intl code to the phone (lib/i18n/client-messages.tsx). */}
        <ServiceWorker>{children}</ServiceWorker>
      </body>
    </html>
  );
}
