import axios from "axios";

const api = axios.create({ baseURL: "/api", withCredentials: true });

export async function downloadAccountExport(email: string, password: string) {
  // re-confirm the password before exporting personal data
  const res = await api.get(
    `/account/export?email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}`,
    { responseType: "blob" }
  );
  const url = URL.createObjectURL(res.data);
  const a = document.createElement("a");
  a.href = url;
  a.download = "my-data.json";
  a.click();
  URL.revokeObjectURL(url);
}
