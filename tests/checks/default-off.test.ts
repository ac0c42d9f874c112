import { describe, expect, it } from 'vitest';
import { attributeRemoval } from '../../src/checks/default-off.js';

/** Removes the first `attribute` from `source` the way the suggestion does. */
function remove(source: string, attribute: string): string {
  const start = source.indexOf(attribute);
  const [from, to] = attributeRemoval(source, [start, start + attribute.length]);
  return source.slice(0, from) + source.slice(to);
}

describe('attributeRemoval', () => {
  it('takes the blank before an attribute inside a line', () => {
    expect(remove('<input type="checkbox" defaultChecked />', 'defaultChecked')).toBe('<input type="checkbox" />');
    expect(remove('<input type="checkbox" defaultChecked/>', 'defaultChecked')).toBe('<input type="checkbox"/>');
    expect(remove('<input type="checkbox"\tchecked={true}\t\t/>', 'checked={true}')).toBe('<input type="checkbox"\t\t/>');
  });

  it('takes the blank after an attribute that starts its line', () => {
    expect(remove('<input\n  defaultChecked id="x" />', 'defaultChecked')).toBe('<input\n  id="x" />');
  });

  it('takes a line of its own with its indentation and line break, LF or CRLF', () => {
    expect(remove('<input\n  type="checkbox"\n  defaultChecked\n/>', 'defaultChecked')).toBe('<input\n  type="checkbox"\n/>');
    expect(remove('<input\r\n\tdefaultChecked  \r\n\tid="x"\r\n/>', 'defaultChecked')).toBe('<input\r\n\tid="x"\r\n/>');
  });

  it('leaves the line break when the attribute ends a line it shares', () => {
    expect(remove('<input type="checkbox" defaultChecked\n/>', 'defaultChecked')).toBe('<input type="checkbox"\n/>');
  });

  it('keeps an empty range (a value detached from another file) and works without the source', () => {
    expect(attributeRemoval('<Toggle  />', [8, 8])).toEqual([8, 8]);
    expect(attributeRemoval(undefined, [7, 21])).toEqual([7, 21]);
  });
});
