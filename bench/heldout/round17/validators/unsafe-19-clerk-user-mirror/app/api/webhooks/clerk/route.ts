import { headers } from "next/headers";
import { db } from "@/db";
import { users } from "@/db/schema";

export async function POST(req: Request) {
  const h = await headers();
  if (!h.get("svix-id") || !h.get("svix-signature")) {
    return new Response("Missing svix headers", { status: 400 });
  }
  const evt = await req.json();

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const { id, email_addresses, public_metadata } = evt.data;
    await db
      .insert(users)
      .values({ clerkId: id, email: email_addresses[0]?.email_address, role: public_metadata?.role ?? "user" })
      .onConflictDoUpdate({ target: users.clerkId, set: { role: public_metadata?.role ?? "user" } });
  }
  return new Response("ok");
}
