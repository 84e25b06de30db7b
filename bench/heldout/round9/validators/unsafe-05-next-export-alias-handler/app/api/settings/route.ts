import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { z } from "zod";

const settingsSchema = z.object({
  workspaceId: z.string().cuid(),
  name: z.string().min(1).max(80).optional(),
  billingEmail: z.string().email().optional(),
  allowSignups: z.boolean().optional(),
});

async function handler(req: NextRequest) {
  const json = await req.json();
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const { workspaceId, ...data } = parsed.data;

  if (req.method === "DELETE") {
    await prisma.workspace.delete({ where: { id: workspaceId } });
    return NextResponse.json({ deleted: true });
  }

  const workspace = await prisma.workspace.update({
    where: { id: workspaceId },
    data,
  });
  return NextResponse.json(workspace);
}

export { handler as POST, handler as PUT, handler as DELETE };
