import { createClient } from "@/lib/supabase/server";
import { PostCard } from "@/components/post-card";

export default async function PostsPage() {
  const supabase = createClient();
  const { data: posts } = await supabase
    .from("posts")
    .select("id, title, content, author:profiles(name)")
    .eq("published", true)
    .order("created_at", { ascending: false });
  return <div className="space-y-4">{(posts ?? []).map((p: any) => <PostCard key={p.id} post={p} />)}</div>;
}
