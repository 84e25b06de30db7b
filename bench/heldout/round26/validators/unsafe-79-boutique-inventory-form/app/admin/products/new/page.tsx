import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export default function NewProductPage() {
  async function createProduct(formData: FormData) {
    "use server";
    const product = await prisma.product.create({
      data: {
        name: String(formData.get("name")),
        description: String(formData.get("description") ?? ""),
        priceCents: Math.round(Number(formData.get("price")) * 100),
        stock: Number(formData.get("stock") ?? 0),
        imageUrl: String(formData.get("imageUrl") ?? ""),
      },
    });
    revalidatePath("/shop");
    redirect(`/admin/products/${product.id}`);
  }

  return (
    <form action={createProduct} className="mx-auto grid max-w-lg gap-3 p-6">
      <input name="name" placeholder="Name" required className="rounded border p-2" />
      <textarea name="description" placeholder="Description" className="rounded border p-2" />
      <input name="price" type="number" step="0.01" placeholder="Price" className="rounded border p-2" />
      <input name="stock" type="number" placeholder="Stock" className="rounded border p-2" />
      <input name="imageUrl" placeholder="Image URL" className="rounded border p-2" />
      <button className="rounded bg-black p-2 text-white">Create product</button>
    </form>
  );
}
