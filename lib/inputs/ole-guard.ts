// word-extractor follows a Word 97 file's sector chains until they end, and stops only a chain that points at
// itself: a chain that comes back to an earlier sector (a broken or hostile file) was followed forever, the
// page or the command line hung, its memory filling. Imported for its effect by every host that reads a DOC:
// a chain stops at the first sector it has already passed, which no sound file has.
import AllocationTable from 'word-extractor/lib/ole-allocation-table.js';

AllocationTable.prototype.getSecIdChain = function getSecIdChain(this: { _table: number[] }, start: number): number[] {
  const seen = new Set<number>();
  const chain: number[] = [];
  for (let id = start; id > -1 && !seen.has(id); id = this._table[id]) {
    seen.add(id);
    chain.push(id);
  }
  return chain;
};
