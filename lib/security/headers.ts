// Security headers. The fixed ones go on every response (next.config.ts); the
// Content-Security-Policy carries a fresh nonce per request (proxy.ts), which
// Next puts on the inline scripts it renders, so scripts need no
// 'unsafe-inline'. Styles keep 'unsafe-inline': React style attributes (bars,
// charts) cannot carry a nonce, and a style cannot run code.

export const FIXED_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/** The policy of one response; `next dev` evaluates code, hence 'unsafe-eval' there only. */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 16 random bytes, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
