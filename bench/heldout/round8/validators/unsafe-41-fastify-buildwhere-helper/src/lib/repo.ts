import postgres from "postgres";

export const sql = postgres(process.env.DATABASE_URL!);

export function buildWhere(filters: Record<string, string | undefined>): string {
  const parts = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k} = '${v}'`);
  return parts.length ? `WHERE ${parts.join(" AND ")}` : "";
}
