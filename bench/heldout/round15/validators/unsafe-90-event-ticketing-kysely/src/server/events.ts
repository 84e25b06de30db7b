import { sql } from "kysely";
import { db } from "./db";

export async function listEvents(params: { city?: string; venue?: string; from?: Date }) {
  let query = db
    .selectFrom("events")
    .innerJoin("venues", "venues.id", "events.venue_id")
    .select(["events.id", "events.title", "events.starts_at", "venues.name as venue"]);

  if (params.city) {
    query = query.where("venues.city", "=", params.city);
  }
  if (params.venue) {
    query = query.where(sql.raw(`venues.name = '${params.venue}'`));
  }
  if (params.from) {
    query = query.where("events.starts_at", ">=", params.from);
  }

  return query.orderBy("events.starts_at").limit(100).execute();
}
