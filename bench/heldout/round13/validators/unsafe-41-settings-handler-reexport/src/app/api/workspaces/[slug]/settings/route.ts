import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { workspaces } from "@/db/schema";

interface SettingsPayload {
  name?: string;
  billingEmail?: string;
  allowInvites?: boolean;
}

const handler = async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  const payload = (await req.json()) as SettingsPayload;

  const [updated] = await db
    .update(workspaces)
    .set({
      ...(payload.name !== undefined && { name: payload.name }),
      ...(payload.billingEmail !== undefined && { billingEmail: payload.billingEmail }),
      ...(payload.allowInvites !== undefined && { allowInvites: payload.allowInvites }),
      updatedAt: new Date(),
    })
    .where(eq(workspaces.slug, slug))
    .returning();

  if (!updated) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(updated);
};

export { handler as PUT, handler as PATCH };
