import { DEMO_USERS, demoToken } from '../demo/demo-users';
import { loadSecrets } from '../stack/secrets';

/** `npm run token -- --as <demo user>`: prints a bearer token for a demo user of the embedded default. */
async function main(): Promise<void> {
  const at = process.argv.indexOf('--as');
  const key = at >= 0 ? process.argv[at + 1] : undefined;
  if (!key) {
    console.error('usage: npm run token -- --as <demo user>\n\ndemo users:');
    for (const u of DEMO_USERS) console.error(`  ${u.key.padEnd(26)} ${u.description}`);
    process.exit(2);
  }
  console.log(await demoToken(key, loadSecrets().jwtSecret));
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(2);
});
