import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { storeSettings } from "@/db/schema";

export default async function SettingsPage() {
  const settings = await db.query.storeSettings.findFirst();

  async function save(formData: FormData) {
    "use server";
    await db
      .update(storeSettings)
      .set({
        storeName: String(formData.get("storeName")),
        currency: String(formData.get("currency")),
        payoutIban: String(formData.get("payoutIban")),
      })
      .where(eq(storeSettings.id, 1));
    revalidatePath("/settings");
  }

  return (
    <form action={save} className="space-y-4">
      <input name="storeName" defaultValue={settings?.storeName} />
      <input name="currency" defaultValue={settings?.currency} />
      <input name="payoutIban" defaultValue={settings?.payoutIban ?? ""} />
      <button type="submit">Save</button>
    </form>
  );
}
