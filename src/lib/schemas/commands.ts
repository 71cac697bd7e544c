/**
 * The reviewed commands (content/commands.json): every cmdlet, script and program the texts tell
 * people to run, with the Microsoft page it was checked against and the parameters and output
 * properties found there. Reading the commands out of a text is src/lib/site/commands-in-text.ts.
 */
import { z } from 'zod';

const MicrosoftSource = z
  .url()
  .refine((url) => /^https:\/\/(learn\.microsoft\.com|microsoft\.github\.io)\//.test(url), 'not a Microsoft page');

export const VerifiedCommand = z
  .object({
    /** As Microsoft spells it: `Set-CASMailbox`, `HealthChecker.ps1`, `Setup.exe`, `cd`. */
    name: z.string().min(1),
    kind: z.enum(['cmdlet', 'alias', 'script', 'program']),
    /** The Microsoft page that documents the name and every parameter listed here. */
    source: MicrosoftSource,
    /** Where Microsoft says it runs (product versions, Windows versions). */
    appliesTo: z.string().trim().min(1),
    /** The parameters (`-Name`) or switches (`/Name`) the texts use, as the source spells them. */
    parameters: z.array(z.string().regex(/^[-/][A-Za-z][\w:]*$/)).default([]),
    /** Properties of its output that the texts read (Format-List, Select-Object, Where-Object, `$_.Name`). */
    properties: z.array(z.string().regex(/^[A-Za-z]\w*$/)).default([]),
    /** What an alias stands for. */
    aliasOf: z.string().optional(),
  })
  .strict();
export type VerifiedCommand = z.infer<typeof VerifiedCommand>;

export const VerifiedCommandsFile = z
  .object({
    $comment: z.string().optional(),
    /** The date the list was last reviewed against the sources. */
    reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    commands: z.array(VerifiedCommand).min(1),
    /** Words of the texts' prose that have a cmdlet's shape but name no command (`Build-Nummer`). */
    words: z.array(z.string().regex(/^[A-Za-z]+-[A-Za-z]+$/)).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.commands.forEach((command, i) => {
      if (seen.has(command.name)) ctx.addIssue({ code: 'custom', path: ['commands', i, 'name'], message: 'duplicate' });
      seen.add(command.name);
    });
  });
export type VerifiedCommandsFile = z.infer<typeof VerifiedCommandsFile>;
