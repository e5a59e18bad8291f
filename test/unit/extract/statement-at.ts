import { extract } from '../../../src/extract/index.ts';

/** The speaker name, content and kind of the statement whose cue is `cue` in `text` (null when none is). */
export function statementAt(text: string, cue: string) {
  const g = extract({ text });
  const s = g.statements.find((x) => x.cue?.text === cue);
  if (!s) return null;
  const actor = g.actors.find((a) => a.id === s.speakerId);
  return { speaker: actor?.name ?? s.speakerId, content: s.content.text, kind: s.kind };
}
