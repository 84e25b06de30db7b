import { InboxClient } from "./inbox-client";

export default function InboxPage() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Support inbox</h1>
      <InboxClient
        supabaseUrl={process.env.NEXT_PUBLIC_SUPABASE_URL!}
        supabaseKey={process.env.SUPABASE_SERVICE_ROLE_KEY!}
      />
    </main>
  );
}
