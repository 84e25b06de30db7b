import "server-only";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { verifySessionToken } from "./session-token";

export async function requireUser() {
  const token = (await cookies()).get("session")?.value;
  const user = token ? await verifySessionToken(token) : null;
  if (!user) redirect("/login");
  return user;
}
