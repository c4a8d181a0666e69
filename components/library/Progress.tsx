// The line that says how far a long task is (正在导出 300/1000…), kept out of the library page's
// state: a task tells it as often as it likes and only this line is drawn again, not the list.
import { useEffect, useState } from 'preact/hooks';

let current = '';
const listeners = new Set<() => void>();

export const progress = {
  set(text: string): void {
    current = text;
    for (const listener of listeners) listener();
  },
};

/** The task's progress, or `idle` when none is told. */
export function ProgressText({ idle }: { idle: string }) {
  const [text, setText] = useState(current);
  useEffect(() => {
    const listener = () => setText(current);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return <>{text || idle}</>;
}
