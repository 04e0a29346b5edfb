/**
 * The environment of a user's shell, for commands a test runs as the user
 * would: without vitest's NODE_ENV=test, under which Vite builds JSX in its
 * development form (each component's absolute source path in the bundle).
 */
export function shellEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _nodeEnv, VITEST: _vitest, ...env } = process.env;
  return env;
}
