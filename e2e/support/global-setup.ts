import { env } from "./env";

async function reachable(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(15_000) });
    return response.status < 500 ? null : `HTTP ${response.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return cause ?? (error as Error).message;
  }
}

/** Fails fast, with one clear message, when the stack under test is not running. */
export default async function globalSetup(): Promise<void> {
  const checks = [
    { name: "storefront (E2E_BASE_URL)", url: `${env.baseURL}/id` },
    { name: "Medusa backend (E2E_BACKEND_URL)", url: `${env.backendURL}/health` },
  ];
  const problems: string[] = [];
  for (const { name, url } of checks) {
    const problem = await reachable(url);
    if (problem) problems.push(`${name} at ${url}: ${problem}`);
  }
  if (problems.length > 0) {
    throw new Error(
      `The e2e suite needs the running marketplace (\`npm start\` at the repo root), but:\n  ${problems.join("\n  ")}`,
    );
  }
}
