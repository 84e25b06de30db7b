import { sql } from "kysely";
import { db } from "./db";

export async function hoursReport(userId: string, from: string, to: string, groupBy: string) {
  const { rows } = await sql`
    select ${sql.raw(groupBy)} as bucket, sum(minutes) / 60.0 as hours
    from time_entries
    where user_id = ${userId}
      and started_at between ${sql.raw(`'${from}'`)} and ${sql.raw(`'${to}'`)}
    group by 1
    order by 1
  `.execute(db);
  return rows as { bucket: string; hours: number }[];
}
