import { NextResponse } from "next/server";

const ALLOWED_HOSTS = new Set(["github.com", "docs.example.com", "status.example.com"]);

export function GET(req: Request) {
  const { searchParams, origin } = new URL(req.url);
  const to = searchParams.get("to") ?? "";
  let target: URL;
  try {
    target = new URL(to);
  } catch {
    return NextResponse.redirect(new URL("/", origin));
  }
  if (target.protocol !== "https:" || !ALLOWED_HOSTS.has(target.hostname)) {
    return NextResponse.redirect(new URL("/", origin));
  }
  return NextResponse.redirect(target);
}
