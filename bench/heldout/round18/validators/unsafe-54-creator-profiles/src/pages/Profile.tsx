import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { supabase } from "../lib/supabase";

export default function Profile() {
  const { username } = useParams();
  const [bio, setBio] = useState("");
  const [name, setName] = useState("");

  useEffect(() => {
    supabase
      .from("profiles")
      .select("display_name, bio")
      .eq("username", username)
      .single()
      .then(({ data }) => {
        setName(data?.display_name ?? "");
        setBio(data?.bio ?? "");
      });
  }, [username]);

  return (
    <section>
      <h2>{name}</h2>
      <div className="bio" dangerouslySetInnerHTML={{ __html: bio }} />
    </section>
  );
}
