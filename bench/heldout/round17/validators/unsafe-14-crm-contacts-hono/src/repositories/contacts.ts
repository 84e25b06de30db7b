import { sql } from "kysely";
import { db } from "../database";

export async function listContacts(ownerId: string, orderBy: string) {
  return db
    .selectFrom("contacts")
    .select(["id", "name", "email", "last_contacted"])
    .where("owner_id", "=", ownerId)
    .orderBy(sql.raw(orderBy))
    .execute();
}
