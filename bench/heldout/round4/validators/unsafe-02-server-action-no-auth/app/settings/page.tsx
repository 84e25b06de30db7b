import { auth } from "@/lib/auth";
import { updateProfile } from "./actions";

export default async function SettingsPage() {
  const session = await auth();
  const user = session?.user;

  return (
    <form action={updateProfile} className="space-y-4 max-w-md">
      <input type="hidden" name="userId" value={user?.id ?? ""} />
      <label className="block">
        <span className="text-sm font-medium">Display name</span>
        <input name="displayName" defaultValue={user?.name ?? ""} className="input" />
      </label>
      <label className="block">
        <span className="text-sm font-medium">Bio</span>
        <textarea name="bio" className="textarea" />
      </label>
      <button type="submit" className="btn-primary">Save</button>
    </form>
  );
}
