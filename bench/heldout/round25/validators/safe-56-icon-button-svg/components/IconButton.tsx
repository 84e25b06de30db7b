const ICONS = {
  plus: '<svg viewBox="0 0 24 24" width="16" height="16"><path d="M12 5v14M5 12h14" stroke="currentColor" stroke-width="2"/></svg>',
  trash: '<svg viewBox="0 0 24 24" width="16" height="16"><path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" stroke="currentColor" fill="none" stroke-width="2"/></svg>',
} as const;

type Props = { icon: keyof typeof ICONS; label: string; onClick: () => void };

export function IconButton({ icon, label, onClick }: Props) {
  const svg = ICONS[icon] ?? ICONS.plus;
  return (
    <button type="button" aria-label={label} onClick={onClick} className="inline-flex items-center gap-1">
      <span aria-hidden dangerouslySetInnerHTML={{ __html: svg }} />
      {label}
    </button>
  );
}
