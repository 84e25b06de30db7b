import { sql, desc } from "drizzle-orm";
import { db } from "@/db";
import { posts } from "@/db/schema";

export async function fullTextSearch(q: string, limit = 20) {
  const query = q.trim().slice(0, 200);
  if (!query) return [];
  return db
    .select({
      id: posts.id,
      title: posts.title,
      rank: sql<number>`ts_rank(${posts.searchVector}, websearch_to_tsquery('english', ${query}))`,
    })
    .from(posts)
    .where(sql`${posts.searchVector} @@ websearch_to_tsquery('english', ${query})`)
    .orderBy(desc(sql`ts_rank(${posts.searchVector}, websearch_to_tsquery('english', ${query}))`))
    .limit(Math.min(limit, 50));
}
