import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";
import { RichText } from "~/components/RichText";

export async function loader({ params }: LoaderFunctionArgs) {
  const product = await db.product.findUnique({ where: { slug: params.slug! }, include: { seller: true } });
  if (!product) throw new Response("Not found", { status: 404 });
  return json({ product });
}

export default function ProductPage() {
  const { product } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>{product.name}</h1>
      <p>Sold by {product.seller.displayName}</p>
      <RichText html={product.descriptionHtml} className="prose" />
    </main>
  );
}
