import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const listing = await db.listing.findUnique({
    where: { id: params.id },
    select: { title: true, description: true, priceCents: true, seller: { select: { shopName: true } } },
  });
  if (!listing) throw new Response("Not found", { status: 404 });
  return json({ listing });
}

export default function ListingPage() {
  const { listing } = useLoaderData<typeof loader>();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-semibold">{listing.title}</h1>
      <p className="text-sm text-stone-500">by {listing.seller.shopName}</p>
      <p className="mt-2 text-xl">${(listing.priceCents / 100).toFixed(2)}</p>
      <div
        className="prose mt-6"
        dangerouslySetInnerHTML={{ __html: listing.description }}
      />
    </main>
  );
}
