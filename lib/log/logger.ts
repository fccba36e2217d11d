import pino from "pino";

// Structured process log (stdout, JSON). Never given secrets: API keys stay
// inside the TIXNGO client's headers.
export const logger = pino({ name: "s360-tixngo", level: process.env.LOG_LEVEL ?? "info" });
