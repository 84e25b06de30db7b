import { useState } from "react";
import { z } from "zod";

const Settings = z.object({
  theme: z.enum(["light", "dark", "system"]),
  weekStartsOn: z.number().int().min(0).max(6),
  currency: z.string().length(3),
});

export type SettingsT = z.infer<typeof Settings>;

export function ImportSettings({ onImport }: { onImport: (s: SettingsT) => void }) {
  const [error, setError] = useState<string | null>(null);

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const parsed = Settings.parse(JSON.parse(await file.text()));
      onImport(parsed);
      setError(null);
    } catch {
      setError("That file is not a valid settings export.");
    }
  }

  return (
    <label className="block">
      <span>Import settings</span>
      <input type="file" accept="application/json" onChange={onFile} />
      {error && <p role="alert">{error}</p>}
    </label>
  );
}
