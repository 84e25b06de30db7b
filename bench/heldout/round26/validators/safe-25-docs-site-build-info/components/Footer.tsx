export function Footer() {
  return (
    <footer className="border-t py-6 text-center text-xs text-muted-foreground">
      Docs build {process.env.NEXT_PUBLIC_BUILD_SHA}
    </footer>
  );
}
