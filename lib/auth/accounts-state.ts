// Whether this server has accounts, known without a query: until the first one exists the proxy
// lets requests through at once, exactly as before accounts. Set at start-up (instrumentation.ts)
// and by every caller lookup; while it says "none", a lookup at most every 2 s catches an account
// made by another process (npm run user:create against a shared PostgreSQL server).
type State = { accounts?: boolean; checkedAt: number; check?: () => Promise<boolean> };

const holder = globalThis as typeof globalThis & { faultlineAccounts?: State };
const state = (holder.faultlineAccounts ??= { checkedAt: 0 });

export function setAccountsKnown(accounts: boolean, check?: () => Promise<boolean>): void {
  state.accounts = accounts;
  state.checkedAt = Date.now();
  if (check) state.check = check;
}

/**
 * True when the request needs no caller at all: no account exists. Outside the Next server (unit
 * tests of the proxy) nothing was ever opened, so nothing is known and nothing is asked.
 */
export function knownWithoutAccounts(): boolean {
  if (state.accounts === undefined) return !process.env.NEXT_RUNTIME;
  if (state.accounts) return false;
  if (state.check && Date.now() - state.checkedAt > 2000) {
    state.checkedAt = Date.now();
    state.check().then(
      (any) => setAccountsKnown(any),
      () => undefined,
    );
  }
  return true;
}
