import { NextResponse, type NextRequest } from "next/server";

const DESTINATIONS: Record<string, string> = {
  billing: "/settings/billing",
  plans: "/pricing",
  home: "/",
};

export function GET(req: NextRequest) {
  const key = req.nextUrl.searchParams.get("to") ?? "home";
  const path = Object.prototype.hasOwnProperty.call(DESTINATIONS, key) ? DESTINATIONS[key] : "/";
  return NextResponse.redirect(new URL(path, req.nextUrl.origin));
}
