import { NextResponse, type NextRequest } from "next/server";

export function GET(request: NextRequest) {
  const origin = request.nextUrl.origin;
  const raw = request.nextUrl.searchParams.get("return") ?? "/orders";

  let target: URL;
  try {
    target = new URL(raw, origin);
  } catch {
    target = new URL("/orders", origin);
  }
  if (target.origin !== origin) {
    target = new URL("/orders", origin);
  }
  return NextResponse.redirect(target);
}
