import { notFound } from "next/navigation";
import { db } from "@/lib/db";

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const product = await db.product.findUnique({ where: { id } });
  if (!product) notFound();

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description,
    offers: { "@type": "Offer", price: (product.priceCents / 100).toFixed(2), priceCurrency: "USD" },
  };

  return (
    <main className="container py-10">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <h1 className="text-3xl font-bold">{product.name}</h1>
      <p className="mt-4 whitespace-pre-line">{product.description}</p>
    </main>
  );
}
