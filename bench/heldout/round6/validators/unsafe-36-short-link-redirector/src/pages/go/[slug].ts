import type { APIRoute } from "astro";
import { getLink } from "../../lib/links";

export const prerender = false;

export const GET: APIRoute = async ({ params, url, redirect }) => {
  const link = await getLink(params.slug!);
  if (link) {
    return redirect(link.destination, 302);
  }
  const fallback = url.searchParams.get("to");
  return redirect(fallback ?? "/", 302);
};
