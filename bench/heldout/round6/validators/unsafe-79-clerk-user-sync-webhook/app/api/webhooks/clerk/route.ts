import { Webhook } from "svix";
import { headers } from "next/headers";
import { prisma } from "@/lib/prisma";

const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET!);

export async function POST(req: Request) {
  const h = await headers();
  const svixId = h.get("svix-id");
  if (!svixId) return new Response("Missing svix headers", { status: 400 });

  const evt = await req.json();

  if (evt.type === "user.created") {
    await prisma.user.create({
      data: { clerkId: evt.data.id, email: evt.data.email_addresses[0]?.email_address, role: evt.data.public_metadata?.role ?? "member" },
    });
  } else if (evt.type === "user.deleted") {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  }

  return new Response("ok");
}
