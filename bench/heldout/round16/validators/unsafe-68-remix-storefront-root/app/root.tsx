import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { createBrowserClient } from "@supabase/ssr";

export async function loader(_args: LoaderFunctionArgs) {
  return json({
    env: {
      SUPABASE_URL: process.env.SUPABASE_URL!,
      SUPABASE_KEY: process.env.SUPABASE_SERVICE_ROLE_KEY!,
    },
  });
}

export default function App() {
  const { env } = useLoaderData<typeof loader>();
  const [supabase] = useState(() => createBrowserClient(env.SUPABASE_URL, env.SUPABASE_KEY));

  return (
    <html lang="en">
      <head>
        <Meta />
        <Links />
      </head>
      <body>
        <Outlet context={{ supabase }} />
        <Scripts />
      </body>
    </html>
  );
}
