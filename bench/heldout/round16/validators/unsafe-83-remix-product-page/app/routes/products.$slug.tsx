import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const product = await db.product.findUnique({
    where: { slug: params.slug },
    include: { reviews: { orderBy: { createdAt: "desc" }, take: 20 } },
  });
  if (!product) throw new Response("Not found", { status: 404 });
  return json({ product });
}

export default function ProductPage() {
  const { product } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{product.name}</h1>
      <ul>
        {product.reviews.map((r) => (
          <li key={r.id}>
            <strong>{r.authorName}</strong> — {r.rating}/5
            <p dangerouslySetInnerHTML={{ __html: r.body.replace(/\n/g, "<br />") }} />
          </li>
        ))}
      </ul>
    </div>
  );
}
