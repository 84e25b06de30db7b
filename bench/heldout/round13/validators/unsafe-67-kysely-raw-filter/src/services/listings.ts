import { sql, type Kysely } from "kysely";
import type { DB } from "../db/types";

export type ListingFilter = { city?: string; maxPrice?: number; tag?: string };

export async function findListings(db: Kysely<DB>, filter: ListingFilter) {
  const clauses: string[] = ["published = true"];
  if (filter.city) clauses.push(`city = '${filter.city}'`);
  if (filter.maxPrice) clauses.push(`price_cents <= ${filter.maxPrice}`);
  if (filter.tag) clauses.push(`'${filter.tag}' = any(tags)`);

  return db
    .selectFrom("listings")
    .selectAll()
    .where(sql<boolean>`${sql.raw(clauses.join(" and "))}`)
    .orderBy("created_at", "desc")
    .limit(50)
    .execute();
}
