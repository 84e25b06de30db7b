import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const listing = await db.listing.findUnique({
    where: { id: params.id },
    select: { title: true, priceCents: true, descriptionHtml: true, seller: { select: { name: true } } },
  });
  if (!listing) throw new Response("Not found", { status: 404 });
  return json(listing);
}

export default function Listing() {
  const listing = useLoaderData<typeof loader>();
  const body = { dangerouslySetInnerHTML: { __html: listing.descriptionHtml } };
  return (
    <main>
      <h1>{listing.title}</h1>
      <p>{(listing.priceCents / 100).toFixed(2)} EUR by {listing.seller.name}</p>
      <section className="prose" {...body} />
    </main>
  );
}
