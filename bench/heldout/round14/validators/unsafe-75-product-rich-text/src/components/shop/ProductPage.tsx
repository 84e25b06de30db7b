import { RichText } from "./RichText";
import type { Product } from "../../types";

export function ProductPage({ product }: { product: Product }) {
  return (
    <main>
      <h1>{product.name}</h1>
      <RichText html={product.sellerDescription} className="prose" />
      <p>{(product.priceCents / 100).toFixed(2)} €</p>
    </main>
  );
}
