/** Output sinks, so the commands can run inside tests. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** One `chamber` command: its usage lines and what it does with the arguments after its name. */
export interface CliCommand {
  usage: string;
  run(args: string[], io: CliOutput): number | Promise<number>;
}
