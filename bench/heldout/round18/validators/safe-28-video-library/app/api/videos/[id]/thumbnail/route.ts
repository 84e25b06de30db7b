import { NextResponse } from "next/server";
import { makeThumbnail } from "@/server/thumbnails";
import { getSessionUser } from "@/server/session";
import { db } from "@/server/db";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const video = await db.video.findFirst({ where: { id, ownerId: user.id } });
  if (!video) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const { second } = await req.json();
  const url = await makeThumbnail(video.id, Number(second) || 0);
  await db.video.update({ where: { id: video.id }, data: { thumbnailUrl: url } });
  return NextResponse.json({ url });
}
