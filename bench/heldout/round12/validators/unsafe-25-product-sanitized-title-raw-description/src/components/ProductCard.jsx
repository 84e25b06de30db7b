import DOMPurify from "dompurify";

export function ProductCard({ product, onAdd }) {
  const safeTitle = DOMPurify.sanitize(product.title);
  const priceLabel = new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: product.currency || "USD",
  }).format(product.price_cents / 100);

  return (
    <div className="rounded-xl border bg-white p-4 shadow-sm">
      <img
        src={product.image_url}
        alt=""
        className="aspect-square w-full rounded-lg object-cover"
      />
      <h3 className="mt-3 font-semibold" dangerouslySetInnerHTML={{ __html: safeTitle }} />
      <div
        className="mt-1 line-clamp-3 text-sm text-gray-600"
        dangerouslySetInnerHTML={{ __html: product.description_html }}
      />
      <div className="mt-4 flex items-center justify-between">
        <span className="text-lg font-bold">{priceLabel}</span>
        <button
          onClick={() => onAdd(product.id)}
          className="rounded-md bg-black px-3 py-1.5 text-sm text-white"
        >
          Add to cart
        </button>
      </div>
    </div>
  );
}
