import { createClient } from "@/lib/supabase/server";

export async function Comments({ postId }: { postId: string }) {
  const supabase = await createClient();
  const { data: comments } = await supabase
    .from("comments")
    .select("id, body_html, created_at, author:profiles(display_name)")
    .eq("post_id", postId)
    .order("created_at", { ascending: true });

  return (
    <section className="mt-10 space-y-6">
      <h2 className="text-lg font-semibold">{comments?.length ?? 0} comments</h2>
      {comments?.map((c) => (
        <div key={c.id} className="border-b pb-4">
          <p className="text-sm font-medium">{(c.author as any)?.display_name}</p>
          <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: c.body_html }} />
        </div>
      ))}
    </section>
  );
}
