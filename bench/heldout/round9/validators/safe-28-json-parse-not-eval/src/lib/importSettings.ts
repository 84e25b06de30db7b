import { z } from "zod";

const SettingsSchema = z.object({
  currency: z.enum(["EUR", "USD", "GBP"]),
  tipPresets: z.array(z.number().min(0).max(50)).max(6),
  roundUp: z.boolean(),
  splitBetween: z.number().int().min(1).max(50),
});

export type Settings = z.infer<typeof SettingsSchema>;

// Older exports were JS object literals; we used to eval() them. Never again:
// only JSON is accepted now, and it is validated before use.
export function importSettings(fileText: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch {
    throw new Error("The file is not valid JSON");
  }
  const parsed = SettingsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error("The file does not contain valid tip calculator settings");
  }
  return parsed.data;
}

export function exportSettings(s: Settings): string {
  return JSON.stringify(s, null, 2);
}
