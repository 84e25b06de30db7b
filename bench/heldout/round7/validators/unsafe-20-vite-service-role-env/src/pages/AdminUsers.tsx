import { useEffect, useState } from "react";
import { supabase } from "@/integrations/supabase/client";
import { Button } from "@/components/ui/button";

export default function AdminUsers() {
  const [users, setUsers] = useState<{ id: string; email?: string }[]>([]);

  useEffect(() => {
    supabase.auth.admin.listUsers().then(({ data }) => setUsers(data?.users ?? []));
  }, []);

  const remove = async (id: string) => {
    await supabase.auth.admin.deleteUser(id);
    setUsers((u) => u.filter((x) => x.id !== id));
  };

  return (
    <div className="space-y-2 p-4">
      {users.map((u) => (
        <div key={u.id} className="flex items-center justify-between">
          <span>{u.email}</span>
          <Button variant="destructive" onClick={() => remove(u.id)}>
            Delete
          </Button>
        </div>
      ))}
    </div>
  );
}
