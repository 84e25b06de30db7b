"use client";

import { useEffect, useState } from "react";
import { marked } from "marked";

export default function WikiPage({ slug }: { slug: string }) {
  const [html, setHtml] = useState("");

  useEffect(() => {
    fetch(`/api/wiki/${slug}`)
      .then((r) => r.json())
      .then(async (page) => setHtml(await marked.parse(page.content)));
  }, [slug]);

  return <article className="prose max-w-none" dangerouslySetInnerHTML={{ __html: html }} />;
}
