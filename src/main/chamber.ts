/** `npm run chamber -- <command>`: the command-line entry. */
import { runCli } from './cli';

try {
  process.exitCode = runCli(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
