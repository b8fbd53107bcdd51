#!/usr/bin/env node
/**
 * The `triangulate` command. Each subcommand lives in its own file and exports `run(argv)`.
 * The table below is the one place that lists them (it also renders `--help`).
 */
const commands: Record<string, { summary: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> }> = {
  build: { summary: 'build a dossier from files or folders', load: () => import('./build.js') },
  demo: { summary: 'build and print the dossier of the bundled demo corpus', load: () => import('./demo.js') },
  extract: { summary: 'clean main text of HTML or text files (JSONL out)', load: () => import('./extract.js') },
  dedup: { summary: 'exact/near duplicates and syndication groups (JSONL)', load: () => import('./dedup.js') },
  cluster: { summary: 'story clustering (JSONL)', load: () => import('./cluster.js') },
  quotes: { summary: 'quotes, speakers and cues (JSONL)', load: () => import('./quotes.js') },
  serve: { summary: 'serve the web UI and JSON API', load: () => import('./serve.js') },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    'usage: triangulate <command> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `triangulate <command> --help` for the options of one command.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`triangulate: unknown command \`${name}\`\n\n${help()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`triangulate: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
