import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const product = await db.product.findUnique({
    where: { slug: params.slug },
    include: { reviews: { orderBy: { createdAt: "desc" }, take: 20 } },
  });
  if (!product) throw new Response("Not found", { status: 404 });
  return json(product);
}

function Stars({ n }: { n: number }) {
  return <span aria-label={`${n} stars`}>{"★".repeat(n)}{"☆".repeat(5 - n)}</span>;
}

export default function ProductPage() {
  const product = useLoaderData<typeof loader>();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-bold">{product.name}</h1>
      <p className="mt-2">{product.description}</p>
      <h2 className="mt-8 text-xl font-semibold">Reviews</h2>
      <ul className="mt-4 space-y-4">
        {product.reviews.map((r) => (
          <li key={r.id} className="border-b pb-3">
            <Stars n={r.rating} />
            <div dangerouslySetInnerHTML={{ __html: r.body }} />
          </li>
        ))}
      </ul>
    </main>
  );
}
