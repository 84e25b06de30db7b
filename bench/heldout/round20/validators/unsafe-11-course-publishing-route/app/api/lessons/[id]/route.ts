import { NextResponse } from "next/server";
import { db } from "@/server/db";
import { currentUser } from "@/server/session";

export async function POST(req: Request, { params }: { params: { id: string } }) {
  const { title, content, publish } = await req.json();

  if (publish) {
    const user = await currentUser();
    if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    await db
      .updateTable("lessons")
      .set({ published_at: new Date() })
      .where("id", "=", params.id)
      .where("author_id", "=", user.id)
      .execute();
    return NextResponse.json({ published: true });
  }

  await db.updateTable("lessons").set({ title, content }).where("id", "=", params.id).execute();
  return NextResponse.json({ saved: true });
}
