import { useEffect } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";

export default function AuthComplete() {
  const [params] = useSearchParams();
  const navigate = useNavigate();

  useEffect(() => {
    const access = params.get("access_token");
    const refresh = params.get("refresh_token");
    if (access && refresh) {
      localStorage.setItem("accessToken", access);
      localStorage.setItem("refreshToken", refresh);
      navigate("/dashboard", { replace: true });
    } else {
      navigate("/login?error=missing_tokens", { replace: true });
    }
  }, [params, navigate]);

  return <p>Signing you in…</p>;
}
