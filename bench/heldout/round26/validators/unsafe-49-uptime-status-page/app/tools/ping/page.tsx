"use client";

import { useActionState } from "react";
import { pingHost } from "./actions";

export default function PingPage() {
  const [result, action, pending] = useActionState(pingHost, null);
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">Is it up?</h1>
      <form action={action} className="mt-4 flex gap-2">
        <input name="host" placeholder="example.com" className="flex-1 rounded border px-3 py-2" />
        <button disabled={pending} className="rounded bg-emerald-600 px-4 py-2 text-white">
          Check
        </button>
      </form>
      {result && <pre className="mt-4 whitespace-pre-wrap text-xs">{result.output}</pre>}
    </main>
  );
}
