import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { supabase } from "../lib/supabase";

export default function Listing() {
  const { id } = useParams();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");

  useEffect(() => {
    supabase
      .from("listings")
      .select("title, description")
      .eq("id", id!)
      .single()
      .then(({ data }) => {
        if (data) {
          setTitle(data.title);
          setDescription(data.description);
        }
      });
  }, [id]);

  return (
    <div className="container mx-auto">
      <h1 className="text-3xl font-bold">{title}</h1>
      <div className="mt-4" dangerouslySetInnerHTML={{ __html: description }} />
    </div>
  );
}
