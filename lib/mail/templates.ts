// Dutch e-mail templates (with a short English line: not every parent reads Dutch). Plain text plus simple HTML.
import type { MailContent } from "./send";
import { escapeHtml } from "./escape";

function layout(paragraphs: string[], link: { href: string; label: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html lang="nl"><body style="font-family:system-ui,sans-serif;color:#1e293b;max-width:560px;margin:0 auto;padding:16px">
<p style="font-weight:600;color:#0f766e">Kindercentra de Roef</p>${body}
<p><a href="${escapeHtml(link.href)}" style="display:inline-block;background:#0f766e;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">${escapeHtml(link.label)}</a></p>
<p style="font-size:12px;color:#64748b">Werkt de knop niet? Kopieer dan deze link: ${escapeHtml(link.href)}</p></body></html>`;
}

export function inviteMail({
  to,
  name,
  loginName,
  link,
  contactEmail,
}: {
  to: string;
  name: string;
  loginName: string;
  link: string;
  /** The organisation's contact mailbox (Organisation.infoEmail). */
  contactEmail: string;
}): MailContent {
  const paragraphs = [
    `Beste ${name},`,
    "Binnenkort begint de opvang bij Kindercentra de Roef. In het ouderportaal zie je foto's uit de groep, lees en schrijf je in het schriftje, stuur je berichten en meld je je kind af.",
    `Je gebruikersnaam is je debiteurnummer: ${loginName}. Kies via de link hieronder een wachtwoord om je account te activeren. De link is 60 dagen geldig en werkt één keer.`,
    `Vragen? Mail naar ${contactEmail}.`,
    `(English: activate your parent portal account with the link below. Your username is ${loginName}.)`,
  ];
  return {
    to,
    subject: "Activeer je account voor het ouderportaal van Kindercentra de Roef",
    text: `${paragraphs.join("\n\n")}\n\nActiveren: ${link}\n`,
    html: layout(paragraphs, { href: link, label: "Account activeren" }),
  };
}

export function resetMail({ to, name, link }: { to: string; name: string; link: string }): MailContent {
  const paragraphs = [
    `Beste ${name},`,
    "Er is een nieuw wachtwoord aangevraagd voor je account in het ouderportaal. Kies via de link hieronder een nieuw wachtwoord. De link is 2 uur geldig en werkt één keer.",
    "Heb je dit niet zelf aangevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.",
    "(English: use the link below to choose a new password. It is valid for 2 hours.)",
  ];
  return {
    to,
    subject: "Nieuw wachtwoord voor het ouderportaal van Kindercentra de Roef",
    text: `${paragraphs.join("\n\n")}\n\nNieuw wachtwoord kiezen: ${link}\n`,
    html: layout(paragraphs, { href: link, label: "Nieuw wachtwoord kiezen" }),
  };
}
