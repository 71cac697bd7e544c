/**
 * Reading the PowerShell commands out of a text (Markdown code, or a sentence): the cmdlets,
 * scripts and programs it runs, their parameters and the output properties it reads. Pure, so
 * that the content tests and anyone checking a draft compare a text with content/commands.json
 * (src/lib/schemas/commands.ts).
 */
import type { VerifiedCommand } from '../schemas/commands.ts';

/** Code in a Markdown body: fenced blocks (indentation removed) and inline code spans, in order. */
export function codeIn(markdown: string): string[] {
  const body = markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const code: string[] = [];
  const withoutBlocks = body.replace(
    /^([ \t]*)```[^\n]*\n([\s\S]*?)^[ \t]*```[ \t]*$/gm,
    (_all, indent: string, text: string) => {
      code.push(
        text
          .split('\n')
          .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
          .join('\n')
          .trimEnd(),
      );
      return ' ';
    },
  );
  for (const match of withoutBlocks.matchAll(/`([^`\n]+)`/g)) code.push(match[1] ?? '');
  return code;
}

/** `%SystemRoot%`: cmd.exe's variables, which PowerShell does not expand (it uses `$env:SystemRoot`). */
export function cmdVariables(text: string): string[] {
  return [...text.matchAll(/%[A-Za-z_][A-Za-z0-9_]*%/g)].map((m) => m[0]);
}

/**
 * PowerShell's approved verbs (Get-Verb) and the two core verbs outside that list (ForEach, Where):
 * a Verb-Noun word with one of them is a cmdlet name.
 */
const VERBS = [
  'Add',
  'Approve',
  'Assert',
  'Backup',
  'Block',
  'Build',
  'Checkpoint',
  'Clear',
  'Close',
  'Compare',
  'Complete',
  'Compress',
  'Confirm',
  'Connect',
  'Convert',
  'ConvertFrom',
  'ConvertTo',
  'Copy',
  'Debug',
  'Deny',
  'Deploy',
  'Disable',
  'Disconnect',
  'Dismount',
  'Edit',
  'Enable',
  'Enter',
  'Exit',
  'Expand',
  'Export',
  'Find',
  'ForEach',
  'Format',
  'Get',
  'Grant',
  'Group',
  'Hide',
  'Import',
  'Initialize',
  'Install',
  'Invoke',
  'Join',
  'Limit',
  'Lock',
  'Measure',
  'Merge',
  'Mount',
  'Move',
  'New',
  'Open',
  'Optimize',
  'Out',
  'Ping',
  'Pop',
  'Protect',
  'Publish',
  'Push',
  'Read',
  'Receive',
  'Redo',
  'Register',
  'Remove',
  'Rename',
  'Repair',
  'Request',
  'Reset',
  'Resize',
  'Resolve',
  'Restart',
  'Restore',
  'Resume',
  'Revoke',
  'Save',
  'Search',
  'Select',
  'Send',
  'Set',
  'Show',
  'Skip',
  'Sort',
  'Split',
  'Start',
  'Step',
  'Stop',
  'Submit',
  'Suspend',
  'Switch',
  'Sync',
  'Tee',
  'Test',
  'Trace',
  'Unblock',
  'Undo',
  'Uninstall',
  'Unlock',
  'Unprotect',
  'Unpublish',
  'Unregister',
  'Update',
  'Use',
  'Wait',
  'Watch',
  'Where',
  'Write',
];
const CMDLET = new RegExp(`(?<![\\w.\\\\/-])(?:${VERBS.join('|')})-[A-Za-z][A-Za-z0-9]*(?![\\w.-])`, 'g');
const SCRIPT = /(?<![\w-])(?:\.\\)?([A-Za-z][\w-]*\.ps1)(?![\w.])/g;
/** Aliases a text might start a command with; each one used must be reviewed like a cmdlet. */
const ALIASES = new Set(['cd', 'dir', 'ls', 'gci', 'fl', 'ft', 'select', 'where', 'foreach', '?', '%']);
/** PowerShell's operators: they look like parameters but belong to the language. */
const OPERATORS = new Set([
  'eq',
  'ne',
  'gt',
  'ge',
  'lt',
  'le',
  'like',
  'notlike',
  'match',
  'notmatch',
  'contains',
  'notcontains',
  'in',
  'notin',
  'replace',
  'and',
  'or',
  'not',
  'xor',
  'is',
  'isnot',
  'as',
  'split',
  'join',
  'f',
  'band',
  'bor',
]);

/** The cmdlet names in a text (code or prose), as written. */
export function cmdletNames(text: string): string[] {
  return [...text.matchAll(CMDLET)].map((m) => m[0]);
}

export interface Use {
  /** The cmdlet, alias, script or program, as written. */
  name: string;
  kind: VerifiedCommand['kind'];
  /** Parameters and switches given to it, as written. */
  parameters: string[];
  /** Output properties the rest of its pipeline reads. */
  properties: string[];
}

/** Quoted strings and their contents are data, not code. */
const unquote = (text: string) => text.replace(/'[^']*'|"[^"]*"/g, "''");

/** The command names in one pipeline stage, with where they start. */
function namesIn(stage: string): Array<{ name: string; kind: VerifiedCommand['kind']; at: number }> {
  const found: Array<{ name: string; kind: VerifiedCommand['kind']; at: number }> = [];
  for (const m of stage.matchAll(CMDLET)) found.push({ name: m[0], kind: 'cmdlet', at: m.index ?? 0 });
  for (const m of stage.matchAll(SCRIPT)) found.push({ name: m[1] ?? '', kind: 'script', at: m.index ?? 0 });
  const first = /^\s*(\S+)/.exec(stage)?.[1] ?? '';
  // A program is run when it starts the statement with arguments; alone, `msert.exe` is a file name.
  const withArguments = /^\s*\S+\s+\S/.test(stage);
  if (withArguments && /^[A-Za-z][\w-]*\.exe$/i.test(first)) {
    found.push({ name: first, kind: 'program', at: stage.indexOf(first) });
  } else if (ALIASES.has(first)) found.push({ name: first, kind: 'alias', at: stage.indexOf(first) });
  return found.sort((a, b) => a.at - b.at);
}

/** Positional words after a cmdlet: `Format-List Name,MitigationsApplied` → Name, MitigationsApplied. */
function positionalProperties(stage: string, name: string): string[] {
  const rest = stage.slice(stage.indexOf(name) + name.length).replace(/\{[^}]*\}/g, ' ');
  const words: string[] = [];
  for (const token of rest.trim().split(/\s+(?=\S)/)) {
    if (token === '' || token.startsWith('-') || token.startsWith('(') || token.startsWith('$')) break;
    words.push(
      ...token
        .split(',')
        .map((w) => w.trim())
        .filter((w) => /^[A-Za-z]\w*$/.test(w)),
    );
  }
  return words;
}

const PROPERTY_READERS = /^(Format-List|Format-Table|Select-Object|Sort-Object|Where-Object)$/i;

/**
 * Every use of a command in one piece of code: statements split at new lines and `;` (a line
 * ending in `|` continues the pipeline), stages at `|`. A parameter belongs to the last command
 * name before it in its stage; properties read by later stages belong to the pipeline's first.
 */
export function usesIn(code: string): Use[] {
  const uses: Use[] = [];
  const statements = unquote(code)
    .replace(/\|[ \t]*\r?\n/g, '| ')
    .split(/\r?\n|;/);
  for (const statement of statements) {
    const stages = statement.split('|');
    const source = { use: undefined as Use | undefined };
    stages.forEach((stage, index) => {
      const names = namesIn(stage);
      const stageUses = names.map<Use>((n) => ({ name: n.name, kind: n.kind, parameters: [], properties: [] }));
      for (const m of stage.matchAll(/(?<=\s)([-/])([A-Za-z][\w:]*)/g)) {
        const at = m.index ?? 0;
        const flag = m[0];
        if (m[1] === '-' && OPERATORS.has((m[2] ?? '').toLowerCase())) continue;
        const owner = names.findLastIndex((n) => n.at < at);
        const use = stageUses[owner];
        if (!use) continue;
        // Switches (`/Name`) belong to programs; elsewhere a slash starts a path.
        if (m[1] === '/' && use.kind !== 'program') continue;
        if (m[1] === '-' && use.kind === 'program') continue;
        use.parameters.push(flag);
      }
      if (index === 0) source.use = stageUses[0];
      else if (source.use) {
        const reader = stageUses[0];
        if (reader && PROPERTY_READERS.test(reader.name)) {
          source.use.properties.push(...positionalProperties(stage, reader.name));
        }
        for (const m of stage.matchAll(/\$_\.([A-Za-z]\w*)/g)) source.use.properties.push(m[1] ?? '');
      }
      uses.push(...stageUses);
    });
  }
  return uses;
}
