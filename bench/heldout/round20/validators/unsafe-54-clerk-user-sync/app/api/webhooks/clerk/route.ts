import { headers } from "next/headers";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { db } from "@/db";
import { users } from "@/db/schema";

export async function POST(req: Request) {
  const h = headers();
  const svixId = h.get("svix-id");
  const svixTimestamp = h.get("svix-timestamp");
  if (!svixId || !svixTimestamp) return new Response("Missing headers", { status: 400 });

  const evt = (await req.json()) as WebhookEvent;
  if (evt.type === "user.created" || evt.type === "user.updated") {
    const u = evt.data;
    await db
      .insert(users)
      .values({ clerkId: u.id, email: u.email_addresses[0]?.email_address ?? "", role: (u.public_metadata.role as string) ?? "user" })
      .onConflictDoUpdate({ target: users.clerkId, set: { role: (u.public_metadata.role as string) ?? "user" } });
  }
  return new Response("ok");
}
