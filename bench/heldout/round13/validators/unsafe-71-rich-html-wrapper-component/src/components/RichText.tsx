import { cn } from "@/lib/utils";

type Props = { html: string; className?: string; as?: "div" | "section" | "span" };

export function RichText({ html, className, as: Tag = "div" }: Props) {
  return <Tag className={cn("rich-text", className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
