"use client";

import { useEffect, useMemo, useState } from "react";
import { createClient } from "@supabase/supabase-js";

export function useInventory(storeId: string) {
  const client = useMemo(
    () => createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!),
    []
  );
  const [items, setItems] = useState<any[]>([]);

  useEffect(() => {
    client.from("inventory").select("*").eq("store_id", storeId).then(({ data }) => setItems(data ?? []));
  }, [client, storeId]);

  return { items, client };
}
