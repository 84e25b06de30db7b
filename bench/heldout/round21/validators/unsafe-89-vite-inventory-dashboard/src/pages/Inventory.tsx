import { useQuery } from "@tanstack/react-query";
import { supabase } from "@/lib/supabase";

export default function Inventory() {
  const { data = [] } = useQuery({
    queryKey: ["stock"],
    queryFn: async () => {
      const { data, error } = await supabase.from("stock_items").select("id, sku, name, qty");
      if (error) throw error;
      return data;
    },
  });
  return (
    <ul className="divide-y">
      {data.map((item) => (
        <li key={item.id} className="flex justify-between py-2">
          <span>{item.name}</span>
          <span>{item.qty}</span>
        </li>
      ))}
    </ul>
  );
}
