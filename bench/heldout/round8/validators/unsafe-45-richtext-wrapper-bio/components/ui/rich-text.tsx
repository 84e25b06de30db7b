import { cn } from "@/lib/utils";

type Props = { html: string; className?: string };

export const RichText = ({ html, className }: Props) => (
  <div className={cn("prose prose-sm", className)} dangerouslySetInnerHTML={{ __html: html }} />
);
