import { NextResponse } from "next/server";
import { db } from "@/db";
import { licenses } from "@/db/schema";

export async function POST(req: Request) {
  const signature = req.headers.get("x-signature") ?? "";
  if (/^[a-f0-9]{64}$/.test(signature)) {
    const payload = await req.json();
    if (payload.meta.event_name === "order_created") {
      await db.insert(licenses).values({
        email: payload.data.attributes.user_email,
        orderId: String(payload.data.id),
        tier: payload.meta.custom_data?.tier ?? "pro",
      });
    }
    return NextResponse.json({ ok: true });
  }
  return NextResponse.json({ error: "bad signature" }, { status: 401 });
}
