import { useEffect, useState } from "react";
import { supabase } from "@/integrations/supabase/client";

type Listing = { id: string; title: string; city: string; price_per_night: number };

const Index = () => {
  const [listings, setListings] = useState<Listing[]>([]);

  useEffect(() => {
    supabase
      .from("listings")
      .select("id, title, city, price_per_night")
      .eq("published", true)
      .limit(24)
      .then(({ data }) => setListings(data ?? []));
  }, []);

  return (
    <div className="grid grid-cols-1 gap-6 p-6 sm:grid-cols-2 lg:grid-cols-3">
      {listings.map((l) => (
        <div key={l.id} className="rounded-xl border p-4">
          <h3 className="font-semibold">{l.title}</h3>
          <p className="text-sm text-muted-foreground">{l.city}</p>
          <p className="mt-2 font-medium">${l.price_per_night} / night</p>
        </div>
      ))}
    </div>
  );
};

export default Index;
