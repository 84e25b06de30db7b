import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/session";
import { sql } from "@/lib/pg";

async function handler(req: Request) {
  const { slotId, name, phone } = await req.json();

  const result = await sql.query(
    "update slots set reserved_by_name = $1, reserved_phone = $2, taken = true where id = $3 and taken = false returning id",
    [name, phone, slotId]
  );

  const user = await getCurrentUser();
  if (!user) {
    return NextResponse.json({ error: "Please sign in" }, { status: 401 });
  }
  if (result.rowCount === 0) {
    return NextResponse.json({ error: "Slot already taken" }, { status: 409 });
  }
  return NextResponse.json({ reserved: slotId });
}

export { handler as POST, handler as PUT };
