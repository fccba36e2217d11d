// Sign-in throttling with rate-limiter-flexible on the app's own database
// (its Prisma store: one table, the same on PGlite and PostgreSQL, no second
// connection to open). Three counters of failed attempts:
// - per account and client address: 5 in a row block that pair for a delay
//   that doubles with each block of the day (1, 2, 4 … 60 minutes). Someone
//   guessing from one address does not lock the owner out elsewhere.
// - per client address: 100 failures an hour block the address for an hour.
// - per account, any address: 50 failures an hour block it for 15 minutes, a
//   net under attacks spread over many addresses; short so it cannot be held.
// A success clears the account-and-address count. Blocks are audited on the
// account's organization and an admin can lift them (unlockAccount).
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import type { TPrisma, TTransaction } from "@/lib/db/client";

export type TThrottleOptions = { baseLockSeconds?: number };

export const CONSECUTIVE_FAILURES = 5;
const MAX_LOCK_SECONDS = 60 * 60;

type TLimiters = ReturnType<typeof createLimiters>;
const cache = new WeakMap<object, TLimiters>();

function createLimiters(prisma: TPrisma) {
  const store = { storeClient: prisma, tableName: "rateLimiterFlexible" };
  return {
    pair: new RateLimiterPrisma({
      ...store,
      keyPrefix: "signin:pair",
      points: CONSECUTIVE_FAILURES,
      duration: 24 * 3600,
    }),
    blocks: new RateLimiterPrisma({ ...store, keyPrefix: "signin:blocks", points: 1000, duration: 24 * 3600 }),
    address: new RateLimiterPrisma({
      ...store,
      keyPrefix: "signin:address",
      points: 100,
      duration: 3600,
      blockDuration: 3600,
    }),
    account: new RateLimiterPrisma({
      ...store,
      keyPrefix: "signin:account",
      points: 50,
      duration: 3600,
      blockDuration: 15 * 60,
    }),
  };
}

function limitersOf(prisma: TPrisma): TLimiters {
  let limiters = cache.get(prisma);
  if (!limiters) cache.set(prisma, (limiters = createLimiters(prisma)));
  return limiters;
}

const blockedFor = (res: RateLimiterRes | null, points: number) =>
  res && res.consumedPoints > points ? Math.max(res.msBeforeNext, 1000) : 0;

/** How long this account may not be tried from this address (0: it may). */
export async function signInWait(prisma: TPrisma, email: string, address: string): Promise<number> {
  const l = limitersOf(prisma);
  const [pair, byAddress, byAccount] = await Promise.all([
    l.pair.get(`${email}|${address}`),
    l.address.get(address),
    l.account.get(email),
  ]);
  return Math.max(
    blockedFor(pair, l.pair.points),
    blockedFor(byAddress, l.address.points),
    blockedFor(byAccount, l.account.points),
  );
}

/** Counts a failed attempt; when it starts a block, says until when. */
export async function recordSignInFailure(
  prisma: TPrisma,
  email: string,
  address: string,
  options: TThrottleOptions = {},
): Promise<{ lockedUntil: Date } | null> {
  const l = limitersOf(prisma);
  const key = `${email}|${address}`;
  // rate-limiter-flexible rejects with the counter once a limit is passed: the count still happened.
  const settle = (promise: Promise<RateLimiterRes>) => promise.catch((res: RateLimiterRes) => res);
  const [pair, , byAccount] = await Promise.all([
    settle(l.pair.consume(key)),
    settle(l.address.consume(address)),
    settle(l.account.consume(email)),
  ]);
  if (pair.consumedPoints === CONSECUTIVE_FAILURES) {
    const blocks = await settle(l.blocks.consume(key));
    const seconds = Math.min((options.baseLockSeconds ?? 60) * 2 ** (blocks.consumedPoints - 1), MAX_LOCK_SECONDS);
    await l.pair.block(key, seconds);
    return { lockedUntil: new Date(Date.now() + seconds * 1000) };
  }
  if (byAccount.consumedPoints === l.account.points + 1)
    return { lockedUntil: new Date(Date.now() + byAccount.msBeforeNext) };
  return null;
}

/** A success starts the account-and-address count again (the day's blocks still count for the next delay). */
export async function clearSignInFailures(prisma: TPrisma, email: string, address: string): Promise<void> {
  await limitersOf(prisma).pair.delete(`${email}|${address}`);
}

/** An admin's unlock: every block and count of this account, from every address. */
export async function unlockAccount(prisma: TPrisma | TTransaction, email: string): Promise<number> {
  const { count } = await prisma.rateLimiterFlexible.deleteMany({
    where: {
      OR: [
        { key: { startsWith: `signin:pair:${email}|` } },
        { key: { startsWith: `signin:blocks:${email}|` } },
        { key: `signin:account:${email}` },
      ],
    },
  });
  return count;
}
