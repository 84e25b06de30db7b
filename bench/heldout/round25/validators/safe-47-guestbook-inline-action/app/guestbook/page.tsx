import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export default async function GuestbookPage() {
  const entries = await prisma.guestbookEntry.findMany({ orderBy: { createdAt: "desc" }, take: 30 });

  async function sign(formData: FormData) {
    "use server";
    const session = await auth();
    if (!session?.user?.id) redirect("/api/auth/signin");
    await prisma.guestbookEntry.create({
      data: { userId: session.user.id, message: String(formData.get("message")).slice(0, 280) },
    });
    revalidatePath("/guestbook");
  }

  return (
    <main>
      <form action={sign}>
        <input name="message" maxLength={280} required />
        <button>Sign</button>
      </form>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>{e.message}</li>
        ))}
      </ul>
    </main>
  );
}
