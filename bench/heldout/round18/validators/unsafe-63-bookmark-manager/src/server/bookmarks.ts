import { sql } from "drizzle-orm";
import { db } from "./db";
import { bookmarks } from "./schema";

export async function listBookmarks(userId: string, tag?: string) {
  const tagFilter = tag ? sql.raw(`and '${tag}' = any(tags)`) : sql``;
  return db.execute(sql`
    select id, url, title, tags from ${bookmarks}
    where user_id = ${userId} ${tagFilter}
    order by created_at desc
  `);
}
