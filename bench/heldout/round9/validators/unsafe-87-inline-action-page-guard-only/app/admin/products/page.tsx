import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export default async function AdminProductsPage() {
  const session = await auth();
  if (session?.user?.role !== "ADMIN") redirect("/");

  const products = await prisma.product.findMany({ orderBy: { name: "asc" } });

  async function updatePrice(formData: FormData) {
    "use server";
    const id = String(formData.get("id"));
    const price = Math.round(Number(formData.get("price")) * 100);
    await prisma.product.update({ where: { id }, data: { priceCents: price } });
    revalidatePath("/admin/products");
  }

  return (
    <table className="w-full text-sm">
      <tbody>
        {products.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>
              <form action={updatePrice} className="flex gap-2">
                <input type="hidden" name="id" value={p.id} />
                <input name="price" defaultValue={(p.priceCents / 100).toFixed(2)} className="w-24 border" />
                <button type="submit">Save</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
