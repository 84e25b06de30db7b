type RichTextProps = { html: string; as?: keyof JSX.IntrinsicElements; className?: string };

export const RichText = ({ html, as: Tag = "div", className }: RichTextProps) => {
  const inner = { dangerouslySetInnerHTML: { __html: html } };
  return <Tag className={className} {...inner} />;
};
