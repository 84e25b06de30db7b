import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";

export default async function CouponsPage() {
  const coupons = await db.coupon.findMany({ orderBy: { createdAt: "desc" } });

  async function createCoupon(formData: FormData) {
    "use server";
    await db.coupon.create({
      data: {
        code: String(formData.get("code")).toUpperCase(),
        percentOff: Number(formData.get("percentOff")),
        maxRedemptions: Number(formData.get("maxRedemptions") || 0) || null,
      },
    });
    revalidatePath("/admin/coupons");
  }

  return (
    <main className="p-8">
      <form action={createCoupon} className="flex gap-2">
        <input name="code" placeholder="SPRING25" className="input" />
        <input name="percentOff" type="number" min={1} max={100} className="input" />
        <input name="maxRedemptions" type="number" className="input" />
        <button className="btn">Create</button>
      </form>
      <ul className="mt-6">
        {coupons.map((c) => (
          <li key={c.id}>
            {c.code} — {c.percentOff}%
          </li>
        ))}
      </ul>
    </main>
  );
}
