// A pure function of a string, worked out once per string: the reader and the checks ask about the same
// texts again and again (a cell's number, a page's titles, a report's sentences). Bounded: emptied when
// full, so that a long session does not keep every text it ever met. The results are shared: never mutated.

/** `fn`, remembering up to `max` answers. */
export function memoized<T>(fn: (text: string) => T, max: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      answer = fn(text);
      if (known.size >= max) known.clear();
      known.set(text, answer);
    }
    return answer;
  };
}
