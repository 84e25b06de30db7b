import { NextResponse, type NextRequest } from "next/server";
import { updateSession } from "@/lib/supabase/middleware";

export async function middleware(request: NextRequest) {
  const { response, user } = await updateSession(request);
  const path = request.nextUrl.pathname;
  if (!user && path.startsWith("/api/") && !path.startsWith("/api/public/")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  if (!user && path.startsWith("/app")) {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  return response;
}

export const config = {
  matcher: ["/app/:path*", "/api/:path*"],
};
