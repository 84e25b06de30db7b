import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export default async function GoalsPage() {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const goal = await prisma.readingGoal.findUnique({ where: { userId: session.user.id } });

  async function saveGoal(formData: FormData) {
    "use server";
    const s = await auth();
    if (!s?.user?.id) throw new Error("Unauthorized");
    const books = Math.max(1, Math.min(500, Number(formData.get("books"))));
    await prisma.readingGoal.upsert({
      where: { userId: s.user.id },
      create: { userId: s.user.id, books },
      update: { books },
    });
    revalidatePath("/goals");
  }

  return (
    <form action={saveGoal}>
      <input name="books" type="number" defaultValue={goal?.books ?? 12} />
      <button type="submit">Save goal</button>
    </form>
  );
}
