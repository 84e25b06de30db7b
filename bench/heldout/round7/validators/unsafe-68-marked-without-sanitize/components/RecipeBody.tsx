"use client";

import { useMemo } from "react";
import { marked } from "marked";

marked.setOptions({ gfm: true, breaks: true });

export function RecipeBody({ markdown }: { markdown: string }) {
  const html = useMemo(() => marked.parse(markdown) as string, [markdown]);
  return <div className="prose lg:prose-lg" dangerouslySetInnerHTML={{ __html: html }} />;
}
