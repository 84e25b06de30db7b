import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { withAuth } from "@/lib/with-auth";

const Settings = z.object({
  name: z.string().min(1).max(80).optional(),
  billingEmail: z.string().email().optional(),
  allowPublicSignup: z.boolean().optional(),
});

async function handler(req: NextRequest, ctx: { params: { id: string } }) {
  if (req.method === "GET") {
    const ws = await db.workspace.findUnique({ where: { id: ctx.params.id } });
    return NextResponse.json(ws);
  }
  const parsed = Settings.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const updated = await db.workspace.update({
    where: { id: ctx.params.id },
    data: parsed.data,
  });
  return NextResponse.json(updated);
}

export const GET = withAuth(handler);
export { handler as POST };
