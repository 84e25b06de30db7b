import type { APIRoute } from "astro";
import { db, Clicks } from "astro:db";

export const prerender = false;

// /out?to=https://partner.example/product&src=newsletter
export const GET: APIRoute = async ({ url, redirect, request }) => {
  const to = url.searchParams.get("to");
  const src = url.searchParams.get("src") ?? "site";

  if (!to) {
    return redirect("/", 302);
  }

  await db.insert(Clicks).values({
    target: to,
    source: src,
    userAgent: request.headers.get("user-agent") ?? "",
    at: new Date(),
  });

  return redirect(to, 302);
};
