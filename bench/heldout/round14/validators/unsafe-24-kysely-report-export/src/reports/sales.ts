import { sql } from "kysely";
import { db } from "../database";

export async function salesReport(input: { from: string; to: string; groupBy: string }) {
  const { from, to, groupBy } = input;
  return db
    .selectFrom("orders")
    .select([sql.raw(groupBy).as("bucket"), sql<number>`sum(total_cents)`.as("revenue")])
    .where(sql.raw(`created_at between '${from}' and '${to}'`))
    .groupBy(sql.raw(groupBy))
    .execute();
}
