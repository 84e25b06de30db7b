import { Suspense } from "react";
import { SearchHeader } from "./SearchHeader";

export default function SearchPage() {
  return (
    <Suspense>
      <SearchHeader count={0} />
    </Suspense>
  );
}
