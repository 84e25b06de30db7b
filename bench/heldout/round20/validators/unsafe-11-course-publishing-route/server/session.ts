import { cookies } from "next/headers";
import { db } from "./db";

export async function currentUser() {
  const sid = cookies().get("sid")?.value;
  if (!sid) return null;
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.email"])
    .where("sessions.id", "=", sid)
    .where("sessions.expires_at", ">", new Date())
    .executeTakeFirst();
  return row ?? null;
}
