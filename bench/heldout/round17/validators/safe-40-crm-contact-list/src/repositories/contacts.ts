import { db } from "../database";

const SORTS = {
  name: "name",
  recent: "last_contacted",
  email: "email",
} as const;

export async function listContacts(ownerId: string, sort: string, desc: boolean) {
  const column = Object.hasOwn(SORTS, sort) ? SORTS[sort as keyof typeof SORTS] : "name";
  return db
    .selectFrom("contacts")
    .select(["id", "name", "email", "last_contacted"])
    .where("owner_id", "=", ownerId)
    .orderBy(column, desc ? "desc" : "asc")
    .execute();
}
