import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "S-360 ↔ TIXNGO", template: "%s · S-360 ↔ TIXNGO" },
  description: "Back-office of the S-360 ↔ TIXNGO interface",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request: the nonce of the Content-Security-Policy changes with every answer.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
