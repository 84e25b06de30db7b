import { headers } from "next/headers";
import { prisma } from "@/lib/prisma";

type ClerkEvent = {
  type: "user.created" | "user.updated" | "user.deleted";
  data: { id: string; email_addresses?: { email_address: string }[]; first_name?: string };
};

export async function POST(req: Request) {
  const h = await headers();
  const svixId = h.get("svix-id");
  const svixTimestamp = h.get("svix-timestamp");
  const svixSignature = h.get("svix-signature");
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Missing svix headers", { status: 400 });
  }

  const evt = (await req.json()) as ClerkEvent;

  if (evt.type === "user.deleted") {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  } else {
    const email = evt.data.email_addresses?.[0]?.email_address ?? "";
    await prisma.user.upsert({
      where: { clerkId: evt.data.id },
      update: { email, name: evt.data.first_name },
      create: { clerkId: evt.data.id, email, name: evt.data.first_name },
    });
  }
  return new Response("ok");
}
