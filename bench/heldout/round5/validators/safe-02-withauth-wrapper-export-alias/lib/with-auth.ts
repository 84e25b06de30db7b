import { NextResponse } from "next/server";
import { getServerSession, type Session } from "next-auth";
import { authOptions } from "@/lib/auth";

type AuthedHandler<C> = (req: Request, ctx: C & { user: NonNullable<Session["user"]> & { id: string } }) => Promise<Response>;

export function withAuth<C>(handler: AuthedHandler<C>) {
  return async (req: Request, ctx: C) => {
    const session = await getServerSession(authOptions);
    if (!session?.user?.id) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    return handler(req, { ...ctx, user: session.user as any });
  };
}
