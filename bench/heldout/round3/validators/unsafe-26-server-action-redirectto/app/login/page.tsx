import { signIn } from "./actions";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ redirectTo?: string }>;
}) {
  const { redirectTo } = await searchParams;
  return (
    <form action={signIn} className="mx-auto max-w-sm space-y-4 p-8">
      <input type="hidden" name="redirectTo" value={redirectTo ?? ""} />
      <input name="email" type="email" required className="w-full border p-2" />
      <input name="password" type="password" required className="w-full border p-2" />
      <button className="w-full bg-black p-2 text-white">Sign in</button>
    </form>
  );
}
