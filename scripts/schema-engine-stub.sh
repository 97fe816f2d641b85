#!/bin/sh
# Prisma CLI commands try to download a native schema engine, which this project's machines cannot fetch.
# `prisma generate` does not need it; everything that does (migrate, db push, introspection) is replaced by
# scripts/migrate.ts and hand-written SQL migrations. This stub makes such commands fail loudly instead of hanging.
echo "schema engine not available: write SQL in prisma/migrations/<timestamp>_<name>/migration.sql and run npm run db:migrate" >&2
exit 1
