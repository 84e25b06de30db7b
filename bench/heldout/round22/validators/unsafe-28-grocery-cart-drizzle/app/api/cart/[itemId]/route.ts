import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { auth } from "@/auth";

export async function DELETE(_req: Request, { params }: { params: Promise<{ itemId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { itemId } = await params;
  await db.execute(
    sql.raw("DELETE FROM cart_items WHERE user_id = '" + session.user.id + "' AND id = " + itemId),
  );
  return new NextResponse(null, { status: 204 });
}
