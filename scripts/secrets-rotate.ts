// npm run secrets:rotate — re-encrypts every interface API key under a new APP_ENCRYPTION_KEY.
//
// PostgreSQL: deploy with APP_ENCRYPTION_KEY=<new> and APP_ENCRYPTION_KEY_PREVIOUS=<old> (the app
// reads both meanwhile), run this once, then drop APP_ENCRYPTION_KEY_PREVIOUS.
// Embedded (data/secrets.json, app stopped: one process opens PGlite): a new key is made, the old
// one kept as previous until every key is re-encrypted, then removed from the file.
import { randomBytes } from "node:crypto";
import { openDatabase } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { rotateSecrets } from "../lib/crypto/rotate-secrets";
import { LOCAL_SECRETS_FILE, readLocalSecrets, writeLocalSecrets } from "../tools/local-secrets";

const config = databaseConfig();
let keys: { newKey: string; previousKey: string };
let embedded: Record<string, string> | undefined;
if (config.kind === "pglite" && !process.env.APP_ENCRYPTION_KEY) {
  embedded = readLocalSecrets();
  const previousKey = embedded.APP_ENCRYPTION_KEY_PREVIOUS ?? embedded.APP_ENCRYPTION_KEY;
  if (!previousKey) {
    console.error(`No ${LOCAL_SECRETS_FILE}: there is nothing encrypted to rotate yet.`);
    process.exit(1);
  }
  // A rotation interrupted before the end is finished with the key it had made.
  const newKey = embedded.APP_ENCRYPTION_KEY_PREVIOUS
    ? embedded.APP_ENCRYPTION_KEY!
    : randomBytes(32).toString("base64url");
  writeLocalSecrets({ ...embedded, APP_ENCRYPTION_KEY: newKey, APP_ENCRYPTION_KEY_PREVIOUS: previousKey });
  keys = { newKey, previousKey };
} else {
  const newKey = process.env.APP_ENCRYPTION_KEY;
  const previousKey = process.env.APP_ENCRYPTION_KEY_PREVIOUS;
  if (!newKey || !previousKey) {
    console.error("Set APP_ENCRYPTION_KEY to the new key and APP_ENCRYPTION_KEY_PREVIOUS to the one in use until now.");
    process.exit(1);
  }
  keys = { newKey, previousKey };
}

const database = await openDatabase(config);
try {
  const { reEncrypted, alreadyNew } = await rotateSecrets(database.prisma, keys);
  console.log(`Re-encrypted ${reEncrypted} API key(s) under the new key (${alreadyNew} already were).`);
} finally {
  await database.close();
}
if (embedded) {
  const rest: Record<string, string> = { ...embedded, APP_ENCRYPTION_KEY: keys.newKey };
  delete rest.APP_ENCRYPTION_KEY_PREVIOUS;
  writeLocalSecrets(rest);
  console.log(`${LOCAL_SECRETS_FILE} now holds only the new key.`);
} else {
  console.log("Every key is under the new APP_ENCRYPTION_KEY: APP_ENCRYPTION_KEY_PREVIOUS can be removed.");
}
