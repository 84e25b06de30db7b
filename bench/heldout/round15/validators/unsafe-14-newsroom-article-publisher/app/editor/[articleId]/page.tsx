import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export default async function EditorPage({ params }: { params: Promise<{ articleId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) redirect("/signin");
  const { articleId } = await params;
  const article = await prisma.article.findFirstOrThrow({
    where: { id: articleId, authorId: session.user.id },
  });

  async function publish(formData: FormData) {
    "use server";
    const id = formData.get("id") as string;
    await prisma.article.update({
      where: { id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    revalidatePath(`/articles/${id}`);
  }

  return (
    <form action={publish} className="space-y-4">
      <h1 className="text-2xl font-bold">{article.title}</h1>
      <input type="hidden" name="id" value={article.id} />
      <button type="submit" className="rounded bg-black px-4 py-2 text-white">
        Publish
      </button>
    </form>
  );
}
