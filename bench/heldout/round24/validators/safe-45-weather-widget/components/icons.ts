export const ICONS = {
  sun: '<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="5" fill="currentColor"/></svg>',
  cloud: '<svg viewBox="0 0 24 24"><path d="M6 18h11a4 4 0 0 0 0-8 6 6 0 0 0-11 2 3 3 0 0 0 0 6z" fill="currentColor"/></svg>',
  rain: '<svg viewBox="0 0 24 24"><path d="M7 20l1-3M12 20l1-3M17 20l1-3" stroke="currentColor"/></svg>',
} as const;

export type IconName = keyof typeof ICONS;
