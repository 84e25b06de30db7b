import { getServerSession } from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth-options";
import { prisma } from "@/lib/prisma";

async function handler(req: Request) {
  const session = await getServerSession(authOptions);
  const { userId, emailDigest, pushEnabled } = await req.json();

  console.log("updating settings", session?.user?.email);

  const settings = await prisma.notificationSettings.upsert({
    where: { userId },
    update: { emailDigest, pushEnabled },
    create: { userId, emailDigest, pushEnabled },
  });

  return NextResponse.json(settings);
}

export { handler as PUT };
