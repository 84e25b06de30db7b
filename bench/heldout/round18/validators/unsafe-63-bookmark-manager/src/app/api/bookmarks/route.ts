import { NextResponse } from "next/server";
import { listBookmarks } from "@/server/bookmarks";
import { currentUser } from "@/server/auth";

export async function GET(req: Request) {
  const user = await currentUser();
  if (!user) return NextResponse.json([], { status: 401 });
  const tag = new URL(req.url).searchParams.get("tag") ?? undefined;
  return NextResponse.json(await listBookmarks(user.id, tag));
}
