import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { supabase } from "@/lib/supabase";
import { EmbedPreview } from "@/components/EmbedPreview";

export default function Newsletter() {
  const { slug } = useParams();
  const [embed, setEmbed] = useState("");
  useEffect(() => {
    supabase.from("newsletters").select("embed_code").eq("slug", slug!).single()
      .then(({ data }) => setEmbed(data?.embed_code ?? ""));
  }, [slug]);
  return <EmbedPreview embedCode={embed} />;
}
