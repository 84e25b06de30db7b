import { NextResponse, type NextRequest } from "next/server";

export const config = { matcher: ["/api/:path*"] };

export function middleware(req: NextRequest) {
  const res = NextResponse.next();
  res.headers.set("x-request-id", crypto.randomUUID());
  return res;
}
