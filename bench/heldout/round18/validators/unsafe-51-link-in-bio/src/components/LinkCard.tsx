"use client";

type Props = { link: { url: string; label: string; emoji?: string } };

export function LinkCard({ link }: Props) {
  return (
    <a href={link.url} target="_blank" rel="noreferrer" className="block rounded-xl bg-white p-4 shadow">
      <span>{link.emoji}</span>
      <span dangerouslySetInnerHTML={{ __html: link.label }} />
    </a>
  );
}
