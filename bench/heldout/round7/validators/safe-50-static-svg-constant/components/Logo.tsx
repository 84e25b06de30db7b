const LOGO_SVG = `<svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" stroke-width="2"><path d="M3 12h4l3 8 4-16 3 8h4"/></svg>`;

export function Logo({ label = "Uptime" }: { label?: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden dangerouslySetInnerHTML={{ __html: LOGO_SVG }} />
      <span className="font-semibold">{label}</span>
    </span>
  );
}
