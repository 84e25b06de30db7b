import { sql } from "drizzle-orm";
import { db } from "./db";

export async function searchRecipes(tags: string[], maxMinutes?: number) {
  const tagList = tags.map((t) => "'" + t + "'").join(",");
  const where = tags.length ? `WHERE r.tags && ARRAY[${tagList}]::text[]` : "WHERE true";
  const time = maxMinutes ? ` AND r.total_minutes <= ${maxMinutes}` : "";

  const result = await db.execute(
    sql.raw(`SELECT r.id, r.title, r.slug, r.total_minutes FROM recipes r ${where}${time} ORDER BY r.created_at DESC LIMIT 40`)
  );
  return result.rows;
}
