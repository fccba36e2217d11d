// Stands in for the "server-only" guard in tests (Node is the server here).
export {};
