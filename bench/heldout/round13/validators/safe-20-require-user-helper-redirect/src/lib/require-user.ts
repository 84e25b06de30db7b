import "server-only";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { lucia } from "@/lib/lucia";

export async function requireUser() {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) redirect("/login");
  const { user, session } = await lucia.validateSession(sessionId);
  if (!user || !session) redirect("/login");
  return user;
}
