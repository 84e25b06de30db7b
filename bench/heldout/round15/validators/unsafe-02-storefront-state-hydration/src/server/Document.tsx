import type { ReactNode } from "react";

type InitialState = {
  user: { id: string; displayName: string } | null;
  cart: { items: { sku: string; name: string; qty: number }[]; note: string };
};

export function Document({ children, state }: { children: ReactNode; state: InitialState }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>Shop</title>
      </head>
      <body>
        <div id="root">{children}</div>
        <script
          dangerouslySetInnerHTML={{
            __html: `window.__INITIAL_STATE__ = ${JSON.stringify(state)};`,
          }}
        />
        <script src="/assets/client.js" defer />
      </body>
    </html>
  );
}
