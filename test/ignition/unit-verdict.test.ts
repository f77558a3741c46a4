// The fast path of parseUnitContents (common unit-file shapes) must agree with go-systemd's lexer
// (go/systemd-unit.ts) on every input: same failure or success, same [Install] answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deserializeUnit } from '../../src/ignition/go/systemd-unit.js';
import { parseUnitContents } from '../../src/ignition/validate/unit.js';

function slowVerdict(contents: string): unknown {
  const res = deserializeUnit(contents);
  if (!res.ok) return { error: { code: 'INVALID_UNIT_CONTENT', message: 'invalid unit content: ' + res.error } };
  return { hasInstall: res.options.some((o) => o.section === 'Install') };
}

const piece = fc.constantFrom(
  '[Unit]', '[Install]', '[Service]', ' [Install] ', '[Install]x', '[Inst', 'all]', 'Description=x', 'WantedBy=multi-user.target',
  'ExecStart=/bin/true \\', 'A=', '  B = c ', '=v', 'noequals', '# comment', '; comment \\', '#c\\ ', '\t', ' ', '',
  'x[Unit]', 'a[b]=c', 'Key=\\', '\r', 'é=1', '[Install]\t', 'K=' + 'v'.repeat(1200),
);
const unitText = fc.array(piece, { maxLength: 12 }).chain((lines) =>
  fc.constantFrom('\n', '\r\n').chain((sep) => fc.boolean().map((trail) => lines.join(sep) + (trail ? sep : ''))),
);

describe('unit contents verdict', () => {
  const examples = [
    '',
    '[Unit]\nDescription=x\n[Install]\nWantedBy=multi-user.target\n',
    '[Unit]\nDescription=x\n',
    '# leading comment\n[Install]\n',
    '[Install]\nA=1',
    'A=1\n[Install]\nB=2\n',
    '[Unit]\nnoequals\n',
    '[Unit',
    '[Unit] junk\n',
    '[Unit]\nExecStart=a \\\n  b\n[Install]\nX=y\n',
    '# c \\\n[Install]\nX=y\n',
    `[Unit]\n${'x'.repeat(3000)}=1\n`,
    `[Unit]\nA=${'y'.repeat(2100)}\n[Install]\nB=1\n`,
    '[Unit]\nA=x\\\n[Install]\nB=1\n',
    '[Unit]\n# c \\\n[Install]\nB=1\n',
  ];
  it.each(examples.map((e) => [JSON.stringify(e).slice(0, 60), e]))('%s', (_label, text) => {
    expect(parseUnitContents(text)).toEqual(slowVerdict(text));
  });

  it('agrees with the lexer on generated unit files (seed 7, 3000 cases)', () => {
    fc.assert(
      fc.property(unitText, (text) => {
        expect(parseUnitContents(text)).toEqual(slowVerdict(text));
      }),
      { seed: 7, numRuns: 3000 },
    );
  });
});
