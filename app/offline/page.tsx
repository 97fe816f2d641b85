// Shown by the service worker when there is no connection. Static and bilingual: it must work with no server.
export const dynamic = "force-static";

export const metadata = { title: "Offline" };

export default function OfflinePage() {
  return (
    <main id="main" className="mx-auto max-w-md p-6 text-center">
      <h1 className="mb-2 text-2xl font-semibold">Geen verbinding</h1>
      <p className="mb-4 text-slate-600">
        Het ouderportaal heeft internet nodig. Zodra je weer verbinding hebt, kun je verder waar je was. Foto&apos;s en
        het schriftje bewaren we bewust niet op je telefoon.
      </p>
      <p lang="en" className="text-sm text-slate-500">
        No connection. The parent portal needs the internet; photos and the diary are deliberately not stored on your
        phone.
      </p>
    </main>
  );
}
