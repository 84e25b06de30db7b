import { sql } from "drizzle-orm";
import { db } from "./db";
import { events } from "./schema";

export async function searchEvents(params: URLSearchParams) {
  const city = params.get("city");
  const from = params.get("from") ?? new Date().toISOString();
  const where = city ? sql.raw(`city = '${city}' and starts_at >= '${from}'`) : sql`starts_at >= ${from}`;
  return db.select().from(events).where(where).orderBy(events.startsAt).limit(100);
}
