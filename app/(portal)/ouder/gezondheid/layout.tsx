// Client message namespaces for this route's forms (lib/i18n/client-messages.tsx; tests/unit/client-messages.test.ts).
import { clientMessagesLayout } from "@/lib/i18n/client-messages";

export default clientMessagesLayout(["essentials", "login"]);
