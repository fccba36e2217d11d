import bcrypt from "bcryptjs";

// bcrypt cost 10: ~60 ms per check on these machines, slow enough for offline
// guessing, quick enough for sign-in.
export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, 10);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
