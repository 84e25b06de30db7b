"use client";

import { updateBanner } from "./actions";

export function BannerForm({ current }: { current: { message: string; tone: string; visible: boolean } }) {
  return (
    <form action={updateBanner} className="space-y-2">
      <textarea name="message" defaultValue={current.message} className="w-full rounded border p-2" />
      <select name="tone" defaultValue={current.tone}>
        <option value="info">Info</option>
        <option value="warning">Warning</option>
      </select>
      <label>
        <input type="checkbox" name="visible" defaultChecked={current.visible} /> Show banner
      </label>
      <button type="submit">Save</button>
    </form>
  );
}
