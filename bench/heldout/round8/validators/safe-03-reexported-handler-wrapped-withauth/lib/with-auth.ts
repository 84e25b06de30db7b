import { NextResponse } from "next/server";
import { auth } from "@/auth";

type AuthedHandler = (req: Request, userId: string) => Promise<Response>;

export function withAuth(handler: AuthedHandler) {
  return async (req: Request) => {
    const session = await auth();
    const userId = session?.user?.id;
    if (!userId) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    return handler(req, userId);
  };
}
