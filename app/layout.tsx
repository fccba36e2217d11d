import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "S-360 ↔ TIXNGO", template: "%s · S-360 ↔ TIXNGO" },
  description: "Back-office of the S-360 ↔ TIXNGO interface",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
