// One Prisma client (and its pg pool) per process. Only the data access layer (lib/<feature>, lib/auth, lib/authz)
// imports this module.
import "server-only";
import type pg from "pg";
import type { PrismaClient } from "./generated/prisma/client";
import { createPrismaClient } from "./db/create-client";
import { env } from "./env";

type DbGlobals = { pool: pg.Pool; prisma: PrismaClient };
const globals = globalThis as typeof globalThis & { __roefDb?: DbGlobals };
// Cached on globalThis so dev-mode hot reloads do not open a new pool per reload.
globals.__roefDb ??= createPrismaClient(env.DATABASE_URL);
const cached: DbGlobals = globals.__roefDb;

/** Shared pool: Prisma's adapter and rate-limiter-flexible both use it, so connections are bounded in one place. */
export const pool: pg.Pool = cached.pool;
export const prisma: PrismaClient = cached.prisma;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
