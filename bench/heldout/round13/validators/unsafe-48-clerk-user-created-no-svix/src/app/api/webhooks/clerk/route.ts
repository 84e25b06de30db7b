import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";

type ClerkEvent = {
  type: "user.created" | "user.updated" | "user.deleted";
  data: { id: string; email_addresses?: { email_address: string }[]; first_name?: string; public_metadata?: { role?: string } };
};

export async function POST(req: Request) {
  const evt = (await req.json()) as ClerkEvent;
  const svixId = req.headers.get("svix-id");
  console.info("clerk webhook", svixId, evt.type);

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const email = evt.data.email_addresses?.[0]?.email_address ?? "";
    await db
      .insert(users)
      .values({ clerkId: evt.data.id, email, name: evt.data.first_name ?? "", role: evt.data.public_metadata?.role ?? "user" })
      .onConflictDoUpdate({ target: users.clerkId, set: { email, role: evt.data.public_metadata?.role ?? "user" } });
  }

  if (evt.type === "user.deleted") {
    await db.delete(users).where(eq(users.clerkId, evt.data.id));
  }

  return new Response("", { status: 200 });
}
