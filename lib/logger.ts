// Structured logs. Redact anything that could carry a secret: passwords and tokens never reach the log.
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: {
    paths: [
      "password",
      "*.password",
      "token",
      "*.token",
      "passwordHash",
      "*.passwordHash",
      "req.headers.cookie",
      "headers.cookie",
    ],
    censor: "[redacted]",
  },
});
