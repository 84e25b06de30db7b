import { sql } from "drizzle-orm";
import { db } from "./db";

export async function slotsForDay(day: string, roomId: string) {
  const where = `room_id = '${roomId}' and starts_at::date = '${day}'`;
  return db.execute(sql`select id, starts_at, ends_at from bookings where ${sql.raw(where)} order by starts_at`);
}
