import { describe, expect, it } from 'vitest';
import { NameTable } from '../../src/shared/label.js';

describe('NameTable', () => {
  it('keeps each distinct name once and gives back an equal string', () => {
    const table = new NameTable();
    const names = ['Cat', 'Pet', 'Cat', 'Animal', 'Pet', 'Cat'];
    // Built afresh, as JSON.parse builds them.
    const got = names.map((n) => table.shared(JSON.parse(JSON.stringify(n)) as string));
    expect(got).toEqual(names);
    expect(table.size).toBe(3);
  });

  it('stops adding names at its capacity and still answers', () => {
    const table = new NameTable(2);
    expect(['A', 'B', 'C', 'A', 'C'].map((n) => table.shared(n))).toEqual([
      'A',
      'B',
      'C',
      'A',
      'C',
    ]);
    expect(table.size).toBe(2);
  });
});
