import { revalidatePath } from "next/cache";
import { db } from "@/lib/kysely";
import { PriceForm } from "./PriceForm";

export default async function SalePage() {
  const products = await db.selectFrom("products").select(["id", "name", "price_cents"]).execute();

  const setPrice = async (productId: string, priceCents: number) => {
    "use server";
    await db
      .updateTable("products")
      .set({ price_cents: priceCents })
      .where("id", "=", productId)
      .execute();
    revalidatePath("/sale");
  };

  return (
    <div>
      {products.map((p) => (
        <PriceForm key={p.id} product={p} onSave={setPrice} />
      ))}
    </div>
  );
}
