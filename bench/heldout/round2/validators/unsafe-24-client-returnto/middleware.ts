import { NextResponse, type NextRequest } from "next/server";

export function middleware(req: NextRequest) {
  const hasSession = req.cookies.getAll().some((c) => c.name.startsWith("sb-") && c.name.endsWith("-auth-token"));
  if (!hasSession && req.nextUrl.pathname.startsWith("/app")) {
    const url = req.nextUrl.clone();
    url.pathname = "/signup";
    url.searchParams.set("returnTo", req.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  const back = req.nextUrl.searchParams.get("back");
  if (back && req.nextUrl.pathname === "/logout") {
    return NextResponse.redirect(back);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/app/:path*", "/logout"] };
