"use client";

import { useEffect, useState } from "react";

const SEARCH_ENDPOINT =
  "https://elastic:Wd7pQ2xLr9sKvB4m@directory-prod.es.europe-west1.gcp.cloud.es.io:9243/listings/_search";

export type Listing = { id: string; name: string; city: string; category: string };

export function useSearch(term: string) {
  const [results, setResults] = useState<Listing[]>([]);

  useEffect(() => {
    if (term.length < 2) {
      setResults([]);
      return;
    }
    const ctrl = new AbortController();
    fetch(SEARCH_ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: { multi_match: { query: term, fields: ["name^2", "city", "category"] } } }),
      signal: ctrl.signal,
    })
      .then((r) => r.json())
      .then((json) => setResults(json.hits.hits.map((h: { _source: Listing }) => h._source)))
      .catch(() => {});
    return () => ctrl.abort();
  }, [term]);

  return results;
}
