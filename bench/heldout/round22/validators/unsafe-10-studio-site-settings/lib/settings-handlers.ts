import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function readSettings() {
  const settings = await prisma.siteSettings.findUnique({ where: { id: 1 } });
  return NextResponse.json(settings);
}

export async function updateSettings(req: NextRequest) {
  const body = await req.json();
  const settings = await prisma.siteSettings.upsert({
    where: { id: 1 },
    update: {
      siteName: body.siteName,
      contactEmail: body.contactEmail,
      bookingOpen: body.bookingOpen,
      footerHtml: body.footerHtml,
    },
    create: { id: 1, siteName: body.siteName, contactEmail: body.contactEmail },
  });
  return NextResponse.json(settings);
}
