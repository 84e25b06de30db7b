import { NextResponse } from "next/server";

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

export function withErrorHandling<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    try {
      return await handler(req, ctx);
    } catch (err) {
      console.error(`[api] ${req.method} ${new URL(req.url).pathname} failed`, err);
      return NextResponse.json({ error: "Internal server error" }, { status: 500 });
    }
  };
}
