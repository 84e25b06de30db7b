import { headers } from "next/headers";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { db } from "@/db";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";

export async function POST(req: Request) {
  const headerPayload = await headers();
  const svixId = headerPayload.get("svix-id");
  const svixTimestamp = headerPayload.get("svix-timestamp");
  const svixSignature = headerPayload.get("svix-signature");

  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Error: missing svix headers", { status: 400 });
  }

  const evt = (await req.json()) as WebhookEvent;

  if (evt.type === "user.created") {
    const { id, email_addresses, first_name, last_name } = evt.data;
    await db.insert(users).values({
      clerkId: id,
      email: email_addresses[0]?.email_address ?? "",
      name: [first_name, last_name].filter(Boolean).join(" "),
    });
  }

  if (evt.type === "user.deleted" && evt.data.id) {
    await db.delete(users).where(eq(users.clerkId, evt.data.id));
  }

  return new Response("ok", { status: 200 });
}
