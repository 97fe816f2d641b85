// The environment, validated once. Only server code imports this; client values go through explicit props.
import "server-only";
import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url(),
  NEXTAUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32).optional()),
  /** Public base URL used in e-mail links. */
  APP_URL: z.preprocess(emptyAsUndefined, z.string().url().default("http://localhost:3000")),
  SMTP_URL: z.preprocess(emptyAsUndefined, z.string().optional()),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Kindercentra de Roef <info@deroef.example>")),
  STORAGE_DRIVER: z.preprocess(emptyAsUndefined, z.enum(["local", "s3"]).default("local")),
  STORAGE_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/storage")),
  S3_ENDPOINT: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  S3_REGION: z.preprocess(emptyAsUndefined, z.string().default("eu-west-1")),
  S3_BUCKET: z.preprocess(emptyAsUndefined, z.string().optional()),
  S3_ACCESS_KEY_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  S3_SECRET_ACCESS_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** Web push (VAPID). Both keys unset = push is off (the settings page says so); `npm start` generates a pair. */
  VAPID_PUBLIC_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{80,100}$/, "base64url P-256 public key")
      .optional(),
  ),
  VAPID_PRIVATE_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{40,50}$/, "base64url P-256 private key")
      .optional(),
  ),
  /** Contact for push services: mailto: or https:. Default: mailto: with the MAIL_FROM address. */
  VAPID_SUBJECT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(mailto:|https:\/\/)/, "mailto: or https:// URL")
      .optional(),
  ),
  /** Tests only: also accept http:// push endpoints on 127.0.0.1/localhost/[::1] in production builds (e2e). */
  PUSH_ALLOW_LOOPBACK_ENDPOINTS: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("false")),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
});

export type Env = z.infer<typeof EnvSchema>;

// `next build` imports server modules to collect page data without any database; no query runs at that point, so
// a placeholder URL lets the production build run on a machine that has no database configured yet.
const BUILD_PLACEHOLDERS = { DATABASE_URL: "postgresql://build-placeholder.invalid/none" };

function parseEnv(): Env {
  const isBuild = process.env.NEXT_PHASE === "phase-production-build";
  const parsed = EnvSchema.safeParse(isBuild ? { ...BUILD_PLACEHOLDERS, ...process.env } : process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();
