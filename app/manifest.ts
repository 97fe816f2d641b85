import type { MetadataRoute } from "next";

/** Makes the portal installable ("download the app" in the organisation's letter); it opens on the user's own start page. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Roef ouderportaal",
    short_name: "De Roef",
    description: "Ouderportaal van Kindercentra de Roef",
    lang: "nl",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#fdfbf7",
    theme_color: "#0f766e",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
