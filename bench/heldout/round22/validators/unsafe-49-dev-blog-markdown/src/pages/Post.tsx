import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { supabase } from "@/integrations/supabase/client";
import { PostBody } from "@/components/PostBody";

export default function Post() {
  const { slug } = useParams();
  const [post, setPost] = useState<{ title: string; content: string } | null>(null);

  useEffect(() => {
    supabase.from("posts").select("title, content").eq("slug", slug!).single().then(({ data }) => setPost(data));
  }, [slug]);

  if (!post) return null;
  return (
    <main>
      <h1>{post.title}</h1>
      <PostBody markdown={post.content} />
    </main>
  );
}
