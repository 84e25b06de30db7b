import Redis from "ioredis";
import postgres from "postgres";

const env = (name: string, fallback?: string) => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`${name} must be set`);
  return v;
};

export const redis = new Redis({
  host: env("REDIS_HOST"),
  port: Number(env("REDIS_PORT", "6379")),
  username: env("REDIS_USERNAME", "default"),
  password: env("REDIS_PASSWORD"),
  tls: process.env.REDIS_TLS === "true" ? {} : undefined,
  maxRetriesPerRequest: 3,
});

export const sql = postgres({
  host: env("PGHOST"),
  port: Number(env("PGPORT", "5432")),
  database: env("PGDATABASE", "postgres"),
  username: env("PGUSER", "postgres"),
  password: env("PGPASSWORD"),
  ssl: "require",
  max: 10,
});

export async function ping() {
  const [redisOk, pgOk] = await Promise.all([
    redis.ping().then(() => true).catch(() => false),
    sql`select 1`.then(() => true).catch(() => false),
  ]);
  return { redis: redisOk, postgres: pgOk };
}
